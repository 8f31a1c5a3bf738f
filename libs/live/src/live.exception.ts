import { ErrorCode, WaypointException } from '#common';

export enum LiveExceptionCode {
  /** Queries and mutations are served over HTTP; the WebSocket carries subscriptions only. */
  SUBSCRIPTIONS_ONLY = 'SUBSCRIPTIONS_ONLY',
  /** The connection already runs as many subscriptions as allowed. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
}

/** The contract code of each reason. */
const CODES: Record<LiveExceptionCode, ErrorCode> = {
  SUBSCRIPTIONS_ONLY: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_SUBSCRIPTIONS: ErrorCode.RATE_LIMITED,
};

export class LiveException extends WaypointException<LiveExceptionCode> {
  constructor(message: string, reason: LiveExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }
}
