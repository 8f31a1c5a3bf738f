import { reasonCodes } from '../errors/reason-codes.util.js';
import { DomainException } from '../errors/waypoint.exception.js';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: [
    // A cursor that this api did not issue, or that was altered.
    'INVALID_CURSOR',
  ],
});

export const PaginationExceptionCode = REASONS.reasons;
export type PaginationExceptionCode = keyof typeof PaginationExceptionCode;

export class PaginationException extends DomainException(REASONS) {
  /** A BAD_USER_INPUT naming the offending argument, shaped like validation failures. */
  static invalid(reason: PaginationExceptionCode, field: string, message: string): PaginationException {
    return new PaginationException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
