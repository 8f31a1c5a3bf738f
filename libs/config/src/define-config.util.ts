import { registerAs } from '@nestjs/config';
import { z } from 'zod';
import { ConfigurationError } from './configuration.error.js';

/**
 * Declares one concern's configuration: a zod schema over the environment variables it reads and a
 * mapping to the typed object the code uses. Parsing happens once at boot; an invalid variable
 * stops the process with a message naming it (a `ConfigurationError`).
 */
export function defineConfig<TShape extends z.ZodRawShape, TOut extends Record<string, unknown>>(
  namespace: string,
  shape: TShape,
  map: (env: z.infer<z.ZodObject<TShape>>) => TOut,
) {
  const load = (source: NodeJS.ProcessEnv = process.env): TOut => {
    const parsed = z.object(shape).safeParse(source);
    if (!parsed.success) {
      throw new ConfigurationError(
        namespace,
        parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), problem: issue.message })),
      );
    }
    return map(parsed.data);
  };
  return Object.assign(
    registerAs(namespace, () => load()),
    { load },
  );
}

/** Environment flags arrive as strings; "false"/"0" must not be truthy. */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

export const envInt = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
