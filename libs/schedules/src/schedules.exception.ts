import { ErrorCode, WaypointException } from '#common';

export enum SchedulesExceptionCode {
  INVALID_SNOOZE = 'INVALID_SNOOZE',
  NOTHING_TO_SNOOZE = 'NOTHING_TO_SNOOZE',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

/** The contract code of each reason. */
const CODES: Record<SchedulesExceptionCode, ErrorCode> = {
  INVALID_SNOOZE: ErrorCode.BAD_USER_INPUT,
  NOTHING_TO_SNOOZE: ErrorCode.CONFLICT,
  NOT_ALLOWED: ErrorCode.FORBIDDEN,
};

export class SchedulesException extends WaypointException<SchedulesExceptionCode> {
  constructor(message: string, reason: SchedulesExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
