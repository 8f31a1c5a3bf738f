/**
 * Which templates are assigned to a participant (active assignments only). Provided by the
 * library that stores assignments: it depends on this one, so this one names only the shape.
 */
export abstract class TemplateAssignments {
  /** Ids among `templateIds` (every template when omitted) assigned to the participant. */
  abstract assignedTo(organisationId: string, participantMembershipId: string, templateIds?: readonly string[]): Promise<Set<string>>;
}
