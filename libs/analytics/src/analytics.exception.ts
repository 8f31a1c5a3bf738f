import { assertNever, ErrorCode, WaypointException } from '#common';

export enum AnalyticsExceptionCode {
  INVALID_PERIOD = 'INVALID_PERIOD',
  INVALID_GROUPING = 'INVALID_GROUPING',
}

export class AnalyticsException extends WaypointException<AnalyticsExceptionCode> {
  constructor(message: string, reason: AnalyticsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case AnalyticsExceptionCode.INVALID_PERIOD:
      case AnalyticsExceptionCode.INVALID_GROUPING:
        return ErrorCode.BAD_USER_INPUT;
      default:
        return assertNever(this.reason);
    }
  }
}
