import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InputException } from '../errors/input.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** IDs are UUIDs; anything else is refused before it reaches SQL (where it would be a 500). */
@Injectable()
export class UuidPipe implements PipeTransform<unknown, unknown> {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (value === undefined || value === null) return value;
    const field = metadata.data ?? 'id';
    const values = Array.isArray(value) ? value : [value];
    if (!values.every(isUuid)) throw new InputException(`${field} must be an ID`, [{ field, problems: ['must be an ID'] }]);
    return value;
  }
}
