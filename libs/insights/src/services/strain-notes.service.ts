import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import type { SourcedClaim } from '#llm';
import { StrainNoteEntity } from '../entities/strain-note.entity.js';

/**
 * The strain notes of summaries. Written by the summary job (which acts for no user); read back
 * only for the owner: row-level security hides every note from any other user of the api, so a
 * query that forgot to ask the access policy would still find nothing.
 */
@Injectable()
export class StrainNotesService {
  constructor(private readonly db: TenantDatabase) {}

  async write(session: { organisationId: string; id: string; participantMembershipId: string }, strain: SourcedClaim): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO strain_notes (organisation_id, session_id, participant_membership_id, acknowledgement, turn_ids)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (organisation_id, session_id) DO NOTHING`,
      [session.organisationId, session.id, session.participantMembershipId, strain.text, strain.turnIds],
    );
  }

  findForSession(organisationId: string, sessionId: string): Promise<StrainNoteEntity | null> {
    return this.db.repository(StrainNoteEntity).findOneBy({ organisationId, sessionId });
  }
}
