import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from './error-code.enum.js';

/**
 * Base of every domain exception. Each module declares its own subclass with a `reason` enum
 * (e.g. `IdentityExceptionCode.EMAIL_TAKEN`) and a `Record<Reason, ErrorCode>` table that maps
 * each reason to a contract code, so a new reason cannot compile without a public code. Being an
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
