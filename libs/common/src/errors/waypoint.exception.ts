import { IntrinsicException } from '@nestjs/common';
import { ErrorCode } from './error-code.enum.js';

/**
 * Base of every domain exception. Each module declares its own subclass with a `reason` enum
 * (e.g. `IdentityExceptionCode.EMAIL_TAKEN`) and maps it to a contract `ErrorCode` with an
 * exhaustive switch, so a new reason cannot ship without a public code. Being an expected
 * outcome, it is not logged as an error by Nest's exception handler.
 */
export abstract class WaypointException<TReason extends string = string> extends IntrinsicException {
  protected constructor(
    message: string,
    readonly reason: TReason,
    /** Safe, non-personal details added to `extensions` (e.g. the offending field). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  abstract get code(): ErrorCode;
}

/** Thrown for a denied or missing single object: both answer alike so ids cannot be probed. */
export class NotFoundException extends WaypointException<'NOT_FOUND'> {
  constructor(what: string) {
    super(`${what} not found`, 'NOT_FOUND');
  }
  get code(): ErrorCode {
    return ErrorCode.NOT_FOUND;
  }
}
