import { type ValidationError, ValidationPipe } from '@nestjs/common';
import { InputException, type InvalidField } from '../errors/input.exception.js';

function flatten(errors: ValidationError[], prefix = ''): InvalidField[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator on every input type; failures become BAD_USER_INPUT naming the fields. */
export const createValidationPipe = (): ValidationPipe =>
  new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new InputException(`Invalid input: ${fields.map((f) => `${f.field} ${f.problems.join(', ')}`).join('; ')}`, fields);
    },
  });
