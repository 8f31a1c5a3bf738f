import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: ['INVALID_PERIOD', 'INVALID_GROUPING', 'INVALID_FILTER', 'INVALID_NOISE'],
});

export const AnalyticsExceptionCode = REASONS.reasons;
export type AnalyticsExceptionCode = keyof typeof AnalyticsExceptionCode;

export class AnalyticsException extends DomainException(REASONS) {}
