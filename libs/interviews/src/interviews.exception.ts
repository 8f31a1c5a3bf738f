import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  CONFLICT: [
    // The session is completed, abandoned or expired.
    'SESSION_CLOSED',
    // A scheduled session must be started before it is answered.
    'SESSION_NOT_STARTED',
    // Another change to the session took too long to finish; retry.
    'SESSION_BUSY',
    // Completing a session that has no answer yet.
    'NOTHING_TO_COMPLETE',
    // The idempotency key was already used for a different answer.
    'IDEMPOTENCY_KEY_REUSED',
    'ASSIGNMENT_CANCELLED',
  ],
});

export const InterviewsExceptionCode = REASONS.reasons;
export type InterviewsExceptionCode = keyof typeof InterviewsExceptionCode;

export class InterviewsException extends DomainException(REASONS) {}
