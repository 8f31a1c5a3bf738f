import { ErrorCode } from './error-code.enum.js';
import { WaypointException } from './waypoint.exception.js';

export interface InvalidField {
  field: string;
  problems: string[];
}

/** Input that fails validation; lists the offending fields, never their values. */
export class InputException extends WaypointException<'INVALID_INPUT'> {
  constructor(message: string, fields: InvalidField[] = []) {
    super(message, 'INVALID_INPUT', ErrorCode.BAD_USER_INPUT, fields.length ? { fields } : {});
  }
}
