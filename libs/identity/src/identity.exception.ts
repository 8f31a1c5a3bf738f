import { ErrorCode, WaypointException } from '#common';

export enum IdentityExceptionCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  ORGANISATION_REQUIRED = 'ORGANISATION_REQUIRED',
  INSUFFICIENT_ROLE = 'INSUFFICIENT_ROLE',
  INVITATION_INVALID = 'INVITATION_INVALID',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  LAST_ADMIN = 'LAST_ADMIN',
  /** Too many failed sign-ins for this account (from this address, or from everywhere). */
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  /** The current password given to change it is not the account's. */
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  SESSION_NOT_FOUND = 'SESSION_NOT_FOUND',
  RESET_TOKEN_INVALID = 'RESET_TOKEN_INVALID',
}

/** The contract code of each reason. */
const CODES: Record<IdentityExceptionCode, ErrorCode> = {
  EMAIL_TAKEN: ErrorCode.CONFLICT,
  ALREADY_MEMBER: ErrorCode.CONFLICT,
  LAST_ADMIN: ErrorCode.CONFLICT,
  INVALID_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  INVALID_TOKEN: ErrorCode.UNAUTHENTICATED,
  REFRESH_TOKEN_REUSED: ErrorCode.UNAUTHENTICATED,
  NOT_A_MEMBER: ErrorCode.FORBIDDEN,
  ORGANISATION_REQUIRED: ErrorCode.FORBIDDEN,
  INSUFFICIENT_ROLE: ErrorCode.FORBIDDEN,
  WRONG_PASSWORD: ErrorCode.FORBIDDEN,
  INVITATION_INVALID: ErrorCode.NOT_FOUND,
  MEMBER_NOT_FOUND: ErrorCode.NOT_FOUND,
  SESSION_NOT_FOUND: ErrorCode.NOT_FOUND,
  RESET_TOKEN_INVALID: ErrorCode.NOT_FOUND,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_ATTEMPTS: ErrorCode.RATE_LIMITED,
};

export class IdentityException extends WaypointException<IdentityExceptionCode> {
  constructor(message: string, reason: IdentityExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
