import { Injectable } from '@nestjs/common';
import { RollupRefresher } from '#analytics';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { DELETION_STEPS, type DeletionCounts, LOCK_SESSIONS_SQL } from './deletion.queries.js';

/**
 * Erases a member's reflections in the organisation: sessions, turns, summaries, action plans with
 * their items and comments, questions and answers, the access log of their reflections and their
 * share grants, then their contribution to the HR aggregates. One transaction (the request's):
 * all of it or nothing. Running it again erases nothing more and reports zeros. Nothing of another
 * member or another organisation is touched: every statement is bound to this organisation and
 * this member. Kept: the membership itself, assignments made to them, templates, and the record of
 * reads the member made of other people's reflections (that belongs to those owners).
 */
@Injectable()
export class DataDeletionService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly rollups: RollupRefresher,
  ) {}

  async eraseMine(actor: MemberActor): Promise<DeletionCounts> {
    const params = [actor.organisationId, actor.membershipId];
    await this.db.manager.query(LOCK_SESSIONS_SQL, params);
    const counts = {} as DeletionCounts;
    for (const [name, sql] of DELETION_STEPS) {
      const [row]: Array<{ n: number }> = await this.db.manager.query(sql, params);
      counts[name] = row?.n ?? 0;
    }
    // The HR rollups drop the member's rows in this same transaction: from the commit on, no report
    // counts the erased summaries (the analytics lib's refresh recomputes from what is left).
    await this.rollups.refreshParticipant(actor.organisationId, actor.membershipId);
    return counts;
  }
}
