import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isWebUrl } from '../../content/template-limits.js';

/** An absolute http(s) URL; `javascript:`, `data:` and other schemes are refused. */
export const IsWebUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isWebUrl',
      validator: {
        validate: (value) => typeof value === 'string' && isWebUrl(value.trim()),
        defaultMessage: () => 'must be an http or https URL',
      },
    },
    options,
  );
