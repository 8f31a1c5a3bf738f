import { assertNever, ErrorCode, WaypointException } from '#common';

export enum SchedulesExceptionCode {
  INVALID_SNOOZE = 'INVALID_SNOOZE',
  NOTHING_TO_SNOOZE = 'NOTHING_TO_SNOOZE',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class SchedulesException extends WaypointException<SchedulesExceptionCode> {
  constructor(message: string, reason: SchedulesExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case SchedulesExceptionCode.INVALID_SNOOZE:
        return ErrorCode.BAD_USER_INPUT;
      case SchedulesExceptionCode.NOTHING_TO_SNOOZE:
        return ErrorCode.CONFLICT;
      case SchedulesExceptionCode.NOT_ALLOWED:
        return ErrorCode.FORBIDDEN;
      default:
        return assertNever(this.reason);
    }
  }
}
