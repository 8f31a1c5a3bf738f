import type { ClosedLoop } from '../interviewer/interviewer-messages.js';

/**
 * What a participant's previous completed session of the same template left behind: its
 * satisfaction score and the action items still open. Provided by the library that writes
 * summaries and action plans (it depends on this one, so this one names only the shape).
 */
export abstract class ClosedLoopSource {
  abstract read(organisationId: string, participantMembershipId: string, templateId: string): Promise<ClosedLoop | null>;
}
