import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  CONFLICT: [
    // The session has no READY summary yet (action plans are built from it).
    'SUMMARY_NOT_READY',
    // Only a FAILED summary can be retried.
    'SUMMARY_NOT_FAILED',
    'THEME_EXISTS',
  ],
});

export const InsightsExceptionCode = REASONS.reasons;
export type InsightsExceptionCode = keyof typeof InsightsExceptionCode;

export class InsightsException extends DomainException(REASONS) {}
