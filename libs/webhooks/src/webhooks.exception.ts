import { ErrorCode, WaypointException } from '#common';

export enum WebhooksExceptionCode {
  INVALID_WEBHOOK_URL = 'INVALID_WEBHOOK_URL',
  WEBHOOK_URL_NOT_ALLOWED = 'WEBHOOK_URL_NOT_ALLOWED',
  INVALID_WEBHOOK_EVENTS = 'INVALID_WEBHOOK_EVENTS',
  TOO_MANY_WEBHOOK_ENDPOINTS = 'TOO_MANY_WEBHOOK_ENDPOINTS',
}

/** The contract code of each reason. */
const CODES: Record<WebhooksExceptionCode, ErrorCode> = {
  INVALID_WEBHOOK_URL: ErrorCode.BAD_USER_INPUT,
  WEBHOOK_URL_NOT_ALLOWED: ErrorCode.BAD_USER_INPUT,
  INVALID_WEBHOOK_EVENTS: ErrorCode.BAD_USER_INPUT,
  TOO_MANY_WEBHOOK_ENDPOINTS: ErrorCode.CONFLICT,
};

export class WebhooksException extends WaypointException<WebhooksExceptionCode> {
  constructor(message: string, reason: WebhooksExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }

  /** A field the admin must change; names the field, never echoes the value. */
  static field(reason: WebhooksExceptionCode, field: string, problem: string): WebhooksException {
    return new WebhooksException(`${field} ${problem}`, reason, { fields: [{ field, problems: [problem] }] });
  }
}
