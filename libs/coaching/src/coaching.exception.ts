import { assertNever, ErrorCode, WaypointException } from '#common';

export enum CoachingExceptionCode {
  /** Unknown, removed, or not visible to the caller: answered alike so ids cannot be probed. */
  MEMBER_NOT_FOUND = 'MEMBER_NOT_FOUND',
  RELATIONSHIP_NOT_FOUND = 'RELATIONSHIP_NOT_FOUND',
  ASSIGNMENT_NOT_FOUND = 'ASSIGNMENT_NOT_FOUND',
  NOT_A_COACH = 'NOT_A_COACH',
  SELF_COACHING = 'SELF_COACHING',
  INVALID_SCHEDULE = 'INVALID_SCHEDULE',
  TEMPLATE_ARCHIVED = 'TEMPLATE_ARCHIVED',
  NOT_ALLOWED = 'NOT_ALLOWED',
  RELATIONSHIP_EXISTS = 'RELATIONSHIP_EXISTS',
}

export class CoachingException extends WaypointException<CoachingExceptionCode> {
  constructor(message: string, reason: CoachingExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: CoachingExceptionCode, field: string, message: string): CoachingException {
    return new CoachingException(message, reason, { fields: [{ field, problems: [message] }] });
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case CoachingExceptionCode.MEMBER_NOT_FOUND:
      case CoachingExceptionCode.RELATIONSHIP_NOT_FOUND:
      case CoachingExceptionCode.ASSIGNMENT_NOT_FOUND:
        return ErrorCode.NOT_FOUND;
      case CoachingExceptionCode.NOT_A_COACH:
      case CoachingExceptionCode.SELF_COACHING:
      case CoachingExceptionCode.INVALID_SCHEDULE:
      case CoachingExceptionCode.TEMPLATE_ARCHIVED:
        return ErrorCode.BAD_USER_INPUT;
      case CoachingExceptionCode.NOT_ALLOWED:
        return ErrorCode.FORBIDDEN;
      case CoachingExceptionCode.RELATIONSHIP_EXISTS:
        return ErrorCode.CONFLICT;
      default:
        return assertNever(this.reason);
    }
  }
}
