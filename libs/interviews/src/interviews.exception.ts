import { assertNever, ErrorCode, WaypointException } from '#common';

export enum InterviewsExceptionCode {
  /** The session is completed, abandoned or expired. */
  SESSION_CLOSED = 'SESSION_CLOSED',
  /** A scheduled session must be started before it is answered. */
  SESSION_NOT_STARTED = 'SESSION_NOT_STARTED',
  /** Another change to the session took too long to finish; retry. */
  SESSION_BUSY = 'SESSION_BUSY',
  /** Completing a session that has no answer yet. */
  NOTHING_TO_COMPLETE = 'NOTHING_TO_COMPLETE',
  /** The idempotency key was already used for a different answer. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  ASSIGNMENT_CANCELLED = 'ASSIGNMENT_CANCELLED',
}

export class InterviewsException extends WaypointException<InterviewsExceptionCode> {
  constructor(message: string, reason: InterviewsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case InterviewsExceptionCode.SESSION_CLOSED:
      case InterviewsExceptionCode.SESSION_NOT_STARTED:
      case InterviewsExceptionCode.SESSION_BUSY:
      case InterviewsExceptionCode.NOTHING_TO_COMPLETE:
      case InterviewsExceptionCode.IDEMPOTENCY_KEY_REUSED:
      case InterviewsExceptionCode.ASSIGNMENT_CANCELLED:
        return ErrorCode.CONFLICT;
      default:
        return assertNever(this.reason);
    }
  }
}
