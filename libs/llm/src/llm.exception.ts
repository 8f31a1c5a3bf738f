import { reasonCodes, WaypointException } from '#common';

/** The contract code of each reason. Upstream model trouble is never the caller's fault, so it maps to a server error. */
const REASONS = reasonCodes({
  INTERNAL_SERVER_ERROR: [
    // The model answered, but never with JSON matching the task schema.
    'INVALID_OUTPUT',
    // The provider kept failing (HTTP 5xx/429 after retries, auth, bad request, network).
    'PROVIDER_FAILED',
    // Every attempt exceeded its time limit, or the overall call budget ran out.
    'TIMEOUT',
    // The merged settings cannot build a model (e.g. a hosted provider without an API key).
    'MISCONFIGURED',
  ],
});

export const LlmExceptionReason = REASONS.reasons;
export type LlmExceptionReason = keyof typeof LlmExceptionReason;

/**
 * Terminal failure of a model call. Messages and details never carry prompt or participant text,
 * so the exception can be logged and surfaced as is.
 */
export class LlmException extends WaypointException<LlmExceptionReason> {
  constructor(message: string, reason: LlmExceptionReason, details: Record<string, unknown> = {}, cause?: unknown) {
    super(message, reason, REASONS.codeOf(reason), details);
    if (cause !== undefined) this.cause = cause;
  }
}
