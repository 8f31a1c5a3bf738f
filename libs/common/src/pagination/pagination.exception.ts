import { ErrorCode } from '../errors/error-code.enum.js';
import { WaypointException } from '../errors/waypoint.exception.js';

export enum PaginationExceptionCode {
  /** A cursor that this api did not issue, or that was altered. */
  INVALID_CURSOR = 'INVALID_CURSOR',
}

/** The contract code of each reason. */
const CODES: Record<PaginationExceptionCode, ErrorCode> = {
  INVALID_CURSOR: ErrorCode.BAD_USER_INPUT,
};

export class PaginationException extends WaypointException<PaginationExceptionCode> {
  constructor(message: string, reason: PaginationExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }

  /** A BAD_USER_INPUT naming the offending argument, shaped like validation failures. */
  static invalid(reason: PaginationExceptionCode, field: string, message: string): PaginationException {
    return new PaginationException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
