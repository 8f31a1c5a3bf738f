import { assertNever, ErrorCode, WaypointException } from '#common';

export enum SharingExceptionCode {
  /** The list of coaches to share with is empty or too long. */
  INVALID_COACH_LIST = 'INVALID_COACH_LIST',
  /** A member the owner asked to share with does not coach them right now. */
  NOT_A_CURRENT_COACH = 'NOT_A_CURRENT_COACH',
}

export class SharingException extends WaypointException<SharingExceptionCode> {
  constructor(message: string, reason: SharingExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  /** A BAD_USER_INPUT naming the offending field, shaped like validation failures. */
  static invalid(reason: SharingExceptionCode, field: string, message: string): SharingException {
    return new SharingException(message, reason, { fields: [{ field, problems: [message] }] });
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case SharingExceptionCode.INVALID_COACH_LIST:
      case SharingExceptionCode.NOT_A_CURRENT_COACH:
        return ErrorCode.BAD_USER_INPUT;
      default:
        return assertNever(this.reason);
    }
  }
}
