/** Compile-time exhaustiveness check for switches over enums. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
