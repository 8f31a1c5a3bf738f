import { ErrorCode, WaypointException } from '#common';

export enum TemplatesExceptionCode {
  /** Missing, or not readable by the caller: both answer alike so ids cannot be probed. */
  TEMPLATE_NOT_FOUND = 'TEMPLATE_NOT_FOUND',
  VERSION_NOT_FOUND = 'VERSION_NOT_FOUND',
  /** Readable by the caller, but not theirs to change (or they may not create templates). */
  NOT_ALLOWED = 'NOT_ALLOWED',
  /** Archived templates are read-only until unarchived. */
  TEMPLATE_ARCHIVED = 'TEMPLATE_ARCHIVED',
}

/** The contract code of each reason. */
const CODES: Record<TemplatesExceptionCode, ErrorCode> = {
  TEMPLATE_NOT_FOUND: ErrorCode.NOT_FOUND,
  VERSION_NOT_FOUND: ErrorCode.NOT_FOUND,
  NOT_ALLOWED: ErrorCode.FORBIDDEN,
  TEMPLATE_ARCHIVED: ErrorCode.CONFLICT,
};

/** Invalid input is reported with `InputException` from `#common` (BAD_USER_INPUT with the fields). */
export class TemplatesException extends WaypointException<TemplatesExceptionCode> {
  constructor(message: string, reason: TemplatesExceptionCode, details?: Record<string, unknown>) {
    super(message, reason, CODES[reason], details);
  }

  static notFound(): TemplatesException {
    return new TemplatesException('Reflection template not found', TemplatesExceptionCode.TEMPLATE_NOT_FOUND);
  }
}
