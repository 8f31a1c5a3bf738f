import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  NOT_FOUND: [
    // Unknown, removed, or not visible to the caller: answered alike so ids cannot be probed.
    'MEMBER_NOT_FOUND',
    'RELATIONSHIP_NOT_FOUND',
    'ASSIGNMENT_NOT_FOUND',
  ],
  BAD_USER_INPUT: ['NOT_A_COACH', 'SELF_COACHING', 'INVALID_SCHEDULE', 'TEMPLATE_ARCHIVED'],
  FORBIDDEN: ['NOT_ALLOWED'],
  CONFLICT: ['RELATIONSHIP_EXISTS'],
});

export const CoachingExceptionCode = REASONS.reasons;
export type CoachingExceptionCode = keyof typeof CoachingExceptionCode;

export class CoachingException extends DomainException(REASONS) {
  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: CoachingExceptionCode, field: string, message: string): CoachingException {
    return new CoachingException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
