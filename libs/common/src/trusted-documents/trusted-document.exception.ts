import { ErrorCode } from '../errors/error-code.enum.js';
import { WaypointException } from '../errors/waypoint.exception.js';

export enum TrustedDocumentExceptionCode {
  /** The operation is not in the trusted-documents manifest, and the api enforces it. */
  UNTRUSTED_DOCUMENT = 'UNTRUSTED_DOCUMENT',
  /** A documentId that names no document of the manifest. */
  UNKNOWN_DOCUMENT_ID = 'UNKNOWN_DOCUMENT_ID',
}

/** The contract code of each reason. */
const CODES: Record<TrustedDocumentExceptionCode, ErrorCode> = {
  UNTRUSTED_DOCUMENT: ErrorCode.FORBIDDEN,
  UNKNOWN_DOCUMENT_ID: ErrorCode.NOT_FOUND,
};

export class TrustedDocumentException extends WaypointException<TrustedDocumentExceptionCode> {
  constructor(message: string, reason: TrustedDocumentExceptionCode) {
    super(message, reason, CODES[reason]);
  }
}
