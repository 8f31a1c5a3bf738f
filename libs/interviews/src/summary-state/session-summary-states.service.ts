import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';

/**
 * The summary's state on its session (`reflection_sessions.summary_state`), written only here:
 * the summary writer reports progress through it, and a retry re-opens a failed one.
 */
@Injectable()
export class SessionSummaryStates {
  constructor(private readonly db: TenantDatabase) {}

  async set(organisationId: string, sessionId: string, state: 'RUNNING' | 'READY'): Promise<void> {
    await this.db.manager.query(
      `UPDATE reflection_sessions SET summary_state = $3, summary_error = NULL, updated_at = now() WHERE organisation_id = $1 AND id = $2`,
      [organisationId, sessionId, state],
    );
  }

  /** FAILED with the reason, unless the summary already left PENDING/RUNNING. */
  async fail(organisationId: string, sessionId: string, message: string): Promise<void> {
    await this.db.manager.query(
      `UPDATE reflection_sessions SET summary_state = 'FAILED', summary_error = $3, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND summary_state IN ('PENDING', 'RUNNING')`,
      [organisationId, sessionId, message],
    );
  }

  /** FAILED -> PENDING; false when the summary was not FAILED. */
  async reopenFailed(organisationId: string, sessionId: string): Promise<boolean> {
    const updated: [unknown[], number] = await this.db.manager.query(
      `UPDATE reflection_sessions SET summary_state = 'PENDING', summary_error = NULL, updated_at = now()
        WHERE organisation_id = $1 AND id = $2 AND summary_state = 'FAILED' RETURNING id`,
      [organisationId, sessionId],
    );
    return updated[1] > 0;
  }
}
