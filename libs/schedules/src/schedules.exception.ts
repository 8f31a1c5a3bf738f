import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: ['INVALID_SNOOZE'],
  CONFLICT: ['NOTHING_TO_SNOOZE'],
  FORBIDDEN: ['NOT_ALLOWED'],
});

export const SchedulesExceptionCode = REASONS.reasons;
export type SchedulesExceptionCode = keyof typeof SchedulesExceptionCode;

export class SchedulesException extends DomainException(REASONS) {}
