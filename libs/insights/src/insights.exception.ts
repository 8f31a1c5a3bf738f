import { assertNever, ErrorCode, WaypointException } from '#common';

export enum InsightsExceptionCode {
  /** The session has no READY summary yet (action plans are built from it). */
  SUMMARY_NOT_READY = 'SUMMARY_NOT_READY',
  /** Only a FAILED summary can be retried. */
  SUMMARY_NOT_FAILED = 'SUMMARY_NOT_FAILED',
  THEME_EXISTS = 'THEME_EXISTS',
}

export class InsightsException extends WaypointException<InsightsExceptionCode> {
  constructor(message: string, reason: InsightsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case InsightsExceptionCode.SUMMARY_NOT_READY:
      case InsightsExceptionCode.SUMMARY_NOT_FAILED:
      case InsightsExceptionCode.THEME_EXISTS:
        return ErrorCode.CONFLICT;
      default:
        return assertNever(this.reason);
    }
  }
}
