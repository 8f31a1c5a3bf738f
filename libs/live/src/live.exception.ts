import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  BAD_USER_INPUT: [
    // Queries and mutations are served over HTTP; the WebSocket carries subscriptions only.
    'SUBSCRIPTIONS_ONLY',
  ],
  RATE_LIMITED: [
    // The connection already runs as many subscriptions as allowed.
    'TOO_MANY_SUBSCRIPTIONS',
  ],
});

export const LiveExceptionCode = REASONS.reasons;
export type LiveExceptionCode = keyof typeof LiveExceptionCode;

export class LiveException extends DomainException(REASONS) {}
