import { assertNever, ErrorCode, WaypointException } from '#common';

export enum TemplatesExceptionCode {
  /** Missing, or not readable by the caller: both answer alike so ids cannot be probed. */
  TEMPLATE_NOT_FOUND = 'TEMPLATE_NOT_FOUND',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
  /** Readable by the caller, but not theirs to change (or they may not create templates). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** Archived templates are read-only until unarchived. */
  TEMPLATE_ARCHIVED = 'TEMPLATE_ARCHIVED',
}

/** Invalid input is reported with `InputException` from `#common` (BAD_USER_INPUT with the fields). */
export class TemplatesException extends WaypointException<TemplatesExceptionCode> {
  constructor(message: string, reason: TemplatesExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, details);
  }

  static notFound(): TemplatesException {
    return new TemplatesException('Reflection template not found', TemplatesExceptionCode.TEMPLATE_NOT_FOUND);
  }

  get code(): ErrorCode {
    switch (this.reason) {
      case TemplatesExceptionCode.TEMPLATE_NOT_FOUND:
      case TemplatesExceptionCode.VERSION_NOT_FOUND:
        return ErrorCode.NOT_FOUND;
      case TemplatesExceptionCode.NOT_ALLOWED:
        return ErrorCode.FORBIDDEN;
      case TemplatesExceptionCode.TEMPLATE_ARCHIVED:
        return ErrorCode.CONFLICT;
      default:
        return assertNever(this.reason);
    }
  }
}
