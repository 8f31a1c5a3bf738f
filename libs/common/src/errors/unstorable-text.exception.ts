import { ErrorCode } from './error-code.enum.js';
import { WaypointException } from './waypoint.exception.js';

/**
 * Text that PostgreSQL cannot store exactly as sent: a NUL character, or a lone UTF-16 surrogate
 * (half of a character, which would be stored altered). Names where it was, never the value.
 */
export class UnstorableTextException extends WaypointException<'UNSTORABLE_TEXT'> {
  constructor(field: string) {
    super(
      `${field} contains characters that cannot be stored (a NUL character or half of a surrogate pair)`,
      'UNSTORABLE_TEXT',
      ErrorCode.BAD_USER_INPUT,
      { field },
    );
  }
}
