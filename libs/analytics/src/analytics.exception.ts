import { ErrorCode, WaypointException } from '#common';

export enum AnalyticsExceptionCode {
  INVALID_PERIOD = 'INVALID_PERIOD',
  INVALID_GROUPING = 'INVALID_GROUPING',
  INVALID_FILTER = 'INVALID_FILTER',
  INVALID_NOISE = 'INVALID_NOISE',
}

/** The contract code of each reason. */
const CODES: Record<AnalyticsExceptionCode, ErrorCode> = {
  INVALID_PERIOD: ErrorCode.BAD_USER_INPUT,
  INVALID_GROUPING: ErrorCode.BAD_USER_INPUT,
  INVALID_FILTER: ErrorCode.BAD_USER_INPUT,
  INVALID_NOISE: ErrorCode.BAD_USER_INPUT,
};

export class AnalyticsException extends WaypointException<AnalyticsExceptionCode> {
  constructor(message: string, reason: AnalyticsExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
