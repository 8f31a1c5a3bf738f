interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  stack?: unknown;
}

/**
 * What of an error may be logged: its kind, message, database error code and a short stack.
 * Never SQL text, parameters or PostgreSQL's row detail, which can contain what a participant
 * typed; a database message itself can quote a value, so only its code is kept. Used as pino's
 * `err` serializer, so it applies to every logger, Nest's exception handler included.
 */
export function safeErrorOf(error: unknown): Record<string, unknown> {
  // A message passed as a string is kept as the message: never reduced to its type.
  if (typeof error === 'string') return { type: 'Error', message: error };
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const e = error as ErrorLike;
  const fromDatabase = 'driverError' in error || 'query' in error || 'parameters' in error;
  return {
    type: typeof e.name === 'string' ? e.name : (error.constructor?.name ?? 'object'),
    message: fromDatabase ? 'database error' : typeof e.message === 'string' ? e.message : undefined,
    code: typeof e.code === 'string' ? e.code : undefined,
    stack: typeof e.stack === 'string' ? e.stack.split('\n').slice(1, 6).join('\n') : undefined,
  };
}
