import { ErrorCode, WaypointException } from '#common';

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

/** The contract code of each reason. */
const CODES: Record<InterviewsExceptionCode, ErrorCode> = {
  SESSION_CLOSED: ErrorCode.CONFLICT,
  SESSION_NOT_STARTED: ErrorCode.CONFLICT,
  SESSION_BUSY: ErrorCode.CONFLICT,
  NOTHING_TO_COMPLETE: ErrorCode.CONFLICT,
  IDEMPOTENCY_KEY_REUSED: ErrorCode.CONFLICT,
  ASSIGNMENT_CANCELLED: ErrorCode.CONFLICT,
};

export class InterviewsException extends WaypointException<InterviewsExceptionCode> {
  constructor(message: string, reason: InterviewsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
