import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { hasRole, Role, type MemberActor } from '#identity';

export interface AssignableTemplate {
  id: string;
  archived: boolean;
}

/**
 * Whether the assigner may read a template (PERMISSIONS.md, "template: read"): admins read every
 * template of the organisation; coaches and HR the organisation library (non-personal) and their
 * own; a participant their own and the ones assigned to them. Reads the template tables directly
 * so that this lib does not depend on the templates lib's services.
 */
@Injectable()
export class AssignableTemplatesService {
  constructor(private readonly db: TenantDatabase) {}

  async findReadable(actor: MemberActor, templateId: string): Promise<AssignableTemplate | null> {
    const rows: Array<{ id: string; archived: boolean }> = await this.db.manager.query(
      `SELECT t.id, t.archived_at IS NOT NULL AS archived
         FROM reflection_templates t
        WHERE t.organisation_id = $1 AND t.id = $2
          AND ($3::boolean
               OR t.owner_membership_id = $4
               OR ($5::boolean AND NOT t.personal)
               OR EXISTS (SELECT 1 FROM assignments a
                           WHERE a.organisation_id = t.organisation_id AND a.template_id = t.id
                             AND a.participant_membership_id = $4 AND a.cancelled_at IS NULL))`,
      [actor.organisationId, templateId, hasRole(actor, Role.ORG_ADMIN), actor.membershipId, hasRole(actor, Role.COACH, Role.HR)],
    );
    return rows[0] ?? null;
  }
}
