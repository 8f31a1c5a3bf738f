import { ErrorCode, WaypointException } from '#common';

export enum SharingExceptionCode {
  /** The list of coaches to share with is empty or too long. */
  INVALID_COACH_LIST = 'INVALID_COACH_LIST',
  /** A member the owner asked to share with does not coach them right now. */
  NOT_A_CURRENT_COACH = 'NOT_A_CURRENT_COACH',
}

/** The contract code of each reason. */
const CODES: Record<SharingExceptionCode, ErrorCode> = {
  INVALID_COACH_LIST: ErrorCode.BAD_USER_INPUT,
  NOT_A_CURRENT_COACH: ErrorCode.BAD_USER_INPUT,
};

export class SharingException extends WaypointException<SharingExceptionCode> {
  constructor(message: string, reason: SharingExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }

  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: SharingExceptionCode, field: string, message: string): SharingException {
    return new SharingException(message, reason, { fields: [{ field, problems: [message] }] });
  }
}
