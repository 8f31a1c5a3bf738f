import { DomainException, reasonCodes } from '#common';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  NOT_FOUND: [
    // Missing, or not readable by the caller: both answer alike so ids cannot be probed.
    'TEMPLATE_NOT_FOUND',
    'VERSION_NOT_FOUND',
  ],
  FORBIDDEN: [
    // Readable by the caller, but not theirs to change (or they may not create templates).
    'NOT_ALLOWED',
  ],
  CONFLICT: [
    // Archived templates are read-only until unarchived.
    'TEMPLATE_ARCHIVED',
  ],
});

export const TemplatesExceptionCode = REASONS.reasons;
export type TemplatesExceptionCode = keyof typeof TemplatesExceptionCode;

/** Invalid input is reported with `InputException` from `#common` (BAD_USER_INPUT with the fields). */
export class TemplatesException extends DomainException(REASONS) {
  static notFound(): TemplatesException {
    return new TemplatesException('Reflection template not found', TemplatesExceptionCode.TEMPLATE_NOT_FOUND);
  }
}
