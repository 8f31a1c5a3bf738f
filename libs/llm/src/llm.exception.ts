import { assertNever, ErrorCode, WaypointException } from '#common';

export enum LlmExceptionReason {
  /** The model answered, but never with JSON matching the task schema. */
  INVALID_OUTPUT = 'INVALID_OUTPUT',
  /** The provider kept failing (HTTP 5xx/429 after retries, auth, bad request, network). */
  PROVIDER_FAILED = 'PROVIDER_FAILED',
  /** Every attempt exceeded its time limit, or the overall call budget ran out. */
  TIMEOUT = 'TIMEOUT',
  /** The merged settings cannot build a model (e.g. a hosted provider without an API key). */
  MISCONFIGURED = 'MISCONFIGURED',
}

/**
 * Terminal failure of a model call. Messages and details never carry prompt or participant text,
 * so the exception can be logged and surfaced as is.
 */
export class LlmException extends WaypointException<LlmExceptionReason> {
  constructor(message: string, reason: LlmExceptionReason, details: Record<string, unknown> = {}, cause?: unknown) {
    super(message, reason, details);
    if (cause !== undefined) this.cause = cause;
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case LlmExceptionReason.INVALID_OUTPUT:
      case LlmExceptionReason.PROVIDER_FAILED:
      case LlmExceptionReason.TIMEOUT:
      case LlmExceptionReason.MISCONFIGURED:
        // Upstream model trouble is never the caller's fault, so it maps to a server error.
        return ErrorCode.INTERNAL_SERVER_ERROR;
      default:
        return assertNever(this.reason);
    }
  }
}
