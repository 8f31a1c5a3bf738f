import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from './error-code.enum.js';
import type { ReasonCodes } from './reason-codes.util.js';

/**
 * Base of every domain exception. Each module declares its reasons with `reasonCodes`, each one
 * under the contract code it answers with (e.g. `IdentityExceptionCode.EMAIL_TAKEN`, CONFLICT),
 * so a reason cannot exist without a public code. Being an
 * expected outcome, it is not logged as an error by Nest's exception handler.
 */
export abstract class WaypointException<TReason extends string = string> extends IntrinsicException {
  protected constructor(
    message: string,
    readonly reason: TReason,
    /** The contract code of the reason. */
    readonly code: ErrorCode,
    /** Safe, non-personal details added to `extensions` (e.g. the offending field). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Thrown for a denied or missing single object: both answer alike so ids cannot be probed. */
export class NotFoundException extends WaypointException<'NOT_FOUND'> {
  constructor(what: string) {
    super(`${what} not found`, 'NOT_FOUND', ErrorCode.NOT_FOUND);
  }
}

/**
 * The exception class of a module whose reasons are declared with `reasonCodes`: each instance
 * answers with its reason's contract code. `class IdentityException extends DomainException(REASONS) {}`.
 */
export function DomainException<R extends string>(table: ReasonCodes<R>) {
  return class extends WaypointException<R> {
    constructor(message: string, reason: R, details?: Record<string, unknown>) {
      super(message, reason, table.codeOf(reason), details);
    }
  };
}
