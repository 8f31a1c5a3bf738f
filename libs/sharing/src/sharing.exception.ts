import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: [
    // The list of coaches to share with is empty or too long.
    'INVALID_COACH_LIST',
    // A member the owner asked to share with does not coach them right now.
    'NOT_A_CURRENT_COACH',
  ],
});

export const SharingExceptionCode = REASONS.reasons;
export type SharingExceptionCode = keyof typeof SharingExceptionCode;

export class SharingException extends DomainException(REASONS) {
  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: SharingExceptionCode, field: string, message: string): SharingException {
    return new SharingException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
