import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { StoredTheme } from '../entities/reflection-summary.entity.js';
import type { TrendPoint } from './theme-changes.util.js';

/** A point together with the session's owner, for the access policy. */
export type OwnedTrendPoint = TrendPoint & { participantMembershipId: string };

interface TrendRow {
  session_id: string;
  participant_membership_id: string;
  completed_at: Date;
  satisfaction_score: string | null;
  satisfaction_source: 'participant' | 'estimated' | null;
  themes: StoredTheme[];
}

/** A participant's own trajectory: one point per completed session that has a summary. */
@Injectable()
export class TrendsService {
  constructor(private readonly db: TenantDatabase) {}

  async points(organisationId: string, participantMembershipId: string): Promise<OwnedTrendPoint[]> {
    const rows: TrendRow[] = await this.db.manager.query(
      `SELECT s.id AS session_id, s.participant_membership_id, s.completed_at, r.satisfaction_score, r.satisfaction_source, r.themes
         FROM reflection_sessions s
         JOIN reflection_summaries r ON r.organisation_id = s.organisation_id AND r.session_id = s.id
        WHERE s.organisation_id = $1 AND s.participant_membership_id = $2
          AND s.status = 'COMPLETED' AND s.completed_at IS NOT NULL
        ORDER BY s.completed_at ASC, s.id ASC`,
      [organisationId, participantMembershipId],
    );
    return rows.map((row) => ({
      sessionId: row.session_id,
      participantMembershipId: row.participant_membership_id,
      completedAt: new Date(row.completed_at),
      satisfactionScore: row.satisfaction_score === null ? null : Number(row.satisfaction_score),
      satisfactionSource: row.satisfaction_source,
      themes: row.themes.map((t) => t.key),
    }));
  }
}
