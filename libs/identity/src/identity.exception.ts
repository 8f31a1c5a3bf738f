import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  CONFLICT: ['EMAIL_TAKEN', 'ALREADY_MEMBER', 'LAST_ADMIN'],
  UNAUTHENTICATED: ['INVALID_CREDENTIALS', 'INVALID_TOKEN', 'REFRESH_TOKEN_REUSED'],
  FORBIDDEN: [
    'NOT_A_MEMBER',
    'ORGANISATION_REQUIRED',
    'INSUFFICIENT_ROLE',
    // The current password given to change it is not the account's.
    'WRONG_PASSWORD',
  ],
  NOT_FOUND: ['INVITATION_INVALID', 'MEMBER_NOT_FOUND', 'SESSION_NOT_FOUND', 'RESET_TOKEN_INVALID'],
  BAD_USER_INPUT: ['INVALID_INPUT'],
  RATE_LIMITED: [
    // Too many failed sign-ins for this account (from this address, or from everywhere).
    'TOO_MANY_ATTEMPTS',
  ],
});

export const IdentityExceptionCode = REASONS.reasons;
export type IdentityExceptionCode = keyof typeof IdentityExceptionCode;

export class IdentityException extends DomainException(REASONS) {}
