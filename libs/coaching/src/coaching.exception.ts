import { ErrorCode, WaypointException } from '#common';

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

/** The contract code of each reason. */
const CODES: Record<CoachingExceptionCode, ErrorCode> = {
  MEMBER_NOT_FOUND: ErrorCode.NOT_FOUND,
  RELATIONSHIP_NOT_FOUND: ErrorCode.NOT_FOUND,
  ASSIGNMENT_NOT_FOUND: ErrorCode.NOT_FOUND,
  NOT_A_COACH: ErrorCode.BAD_USER_INPUT,
  SELF_COACHING: ErrorCode.BAD_USER_INPUT,
  INVALID_SCHEDULE: ErrorCode.BAD_USER_INPUT,
  TEMPLATE_ARCHIVED: ErrorCode.BAD_USER_INPUT,
  NOT_ALLOWED: ErrorCode.FORBIDDEN,
  RELATIONSHIP_EXISTS: ErrorCode.CONFLICT,
};

export class CoachingException extends WaypointException<CoachingExceptionCode> {
  constructor(message: string, reason: CoachingExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }

  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: CoachingExceptionCode, field: string, message: string): CoachingException {
    return new CoachingException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
