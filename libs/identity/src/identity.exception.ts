import { assertNever, ErrorCode, WaypointException } from '#common';

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
}

export class IdentityException extends WaypointException<IdentityExceptionCode> {
  constructor(message: string, reason: IdentityExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case IdentityExceptionCode.EMAIL_TAKEN:
      case IdentityExceptionCode.ALREADY_MEMBER:
      case IdentityExceptionCode.LAST_ADMIN:
        return ErrorCode.CONFLICT;
      case IdentityExceptionCode.INVALID_CREDENTIALS:
      case IdentityExceptionCode.INVALID_TOKEN:
      case IdentityExceptionCode.REFRESH_TOKEN_REUSED:
        return ErrorCode.UNAUTHENTICATED;
      case IdentityExceptionCode.NOT_A_MEMBER:
      case IdentityExceptionCode.ORGANISATION_REQUIRED:
      case IdentityExceptionCode.INSUFFICIENT_ROLE:
        return ErrorCode.FORBIDDEN;
      case IdentityExceptionCode.INVITATION_INVALID:
      case IdentityExceptionCode.MEMBER_NOT_FOUND:
        return ErrorCode.NOT_FOUND;
      case IdentityExceptionCode.INVALID_INPUT:
        return ErrorCode.BAD_USER_INPUT;
      default:
        return assertNever(this.reason);
    }
  }
}
