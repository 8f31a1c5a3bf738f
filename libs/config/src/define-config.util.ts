import { registerAs } from '@nestjs/config';
import { z } from 'zod';

/**
 * Declares one concern's configuration: a zod schema over the environment variables it reads and a
 * mapping to the typed object the code uses. Parsing happens once at boot; an invalid variable
 * stops the process with a message naming it.
 */
export function defineConfig<TShape extends z.ZodRawShape, TOut extends Record<string, unknown>>(
  namespace: string,
  shape: TShape,
  map: (env: z.infer<z.ZodObject<TShape>>) => TOut,
) {
  const load = (source: NodeJS.ProcessEnv = process.env): TOut => {
    const parsed = z.object(shape).safeParse(source);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`Invalid ${namespace} configuration: ${problems.join('; ')}`);
    }
    return map(parsed.data);
  };
  return Object.assign(registerAs(namespace, () => load()), { load });
}

/** Environment flags arrive as strings; "false"/"0" must not be truthy. */
export const envBoolean = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

export const envInt = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
