import { reasonCodes } from '../errors/reason-codes.util.js';
import { DomainException } from '../errors/waypoint.exception.js';

/** The contract code of each reason. */
const REASONS = reasonCodes({
  FORBIDDEN: [
    // The operation is not in the trusted-documents manifest, and the api enforces it.
    'UNTRUSTED_DOCUMENT',
  ],
  NOT_FOUND: [
    // A documentId that names no document of the manifest.
    'UNKNOWN_DOCUMENT_ID',
  ],
});

export const TrustedDocumentExceptionCode = REASONS.reasons;
export type TrustedDocumentExceptionCode = keyof typeof TrustedDocumentExceptionCode;

export class TrustedDocumentException extends DomainException(REASONS) {}
