import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: ['INVALID_WEBHOOK_URL', 'WEBHOOK_URL_NOT_ALLOWED', 'INVALID_WEBHOOK_EVENTS'],
  CONFLICT: ['TOO_MANY_WEBHOOK_ENDPOINTS'],
});

export const WebhooksExceptionCode = REASONS.reasons;
export type WebhooksExceptionCode = keyof typeof WebhooksExceptionCode;

export class WebhooksException extends DomainException(REASONS) {
  /** A field the admin must change; names the field, never echoes the value. */
  static field(reason: WebhooksExceptionCode, field: string, problem: string): WebhooksException {
    return new WebhooksException(`${field} ${problem}`, reason, { fields: [{ field, problems: [problem] }] });
  }
}
