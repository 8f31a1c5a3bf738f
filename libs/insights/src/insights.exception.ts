import { ErrorCode, WaypointException } from '#common';

export enum InsightsExceptionCode {
  /** The session has no READY summary yet (action plans are built from it). */
  SUMMARY_NOT_READY = 'SUMMARY_NOT_READY',
  /** Only a FAILED summary can be retried. */
  SUMMARY_NOT_FAILED = 'SUMMARY_NOT_FAILED',
  THEME_EXISTS = 'THEME_EXISTS',
}

/** The contract code of each reason. */
const CODES: Record<InsightsExceptionCode, ErrorCode> = {
  SUMMARY_NOT_READY: ErrorCode.CONFLICT,
  SUMMARY_NOT_FAILED: ErrorCode.CONFLICT,
  THEME_EXISTS: ErrorCode.CONFLICT,
};

export class InsightsException extends WaypointException<InsightsExceptionCode> {
  constructor(message: string, reason: InsightsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
