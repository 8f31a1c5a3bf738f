import { ErrorCode } from './error-code.enum.js';

/** A module's failure reasons, grouped under the contract code each one answers with. */
export type ReasonGroups = { readonly [C in ErrorCode]?: readonly string[] };

/** The reasons of a `ReasonGroups` declaration. */
export type ReasonIn<G extends ReasonGroups> = {
  [C in keyof G]-?: G[C] extends readonly (infer R extends string)[] ? R : never;
}[keyof G];

export interface ReasonCodes<R extends string> {
  /** Each reason by name (`Reasons.EMAIL_TAKEN === 'EMAIL_TAKEN'`), for throwing and comparing. */
  readonly reasons: { readonly [K in R]: K };
  /** The contract code a reason answers with. */
  codeOf(reason: R): ErrorCode;
}

const CONTRACT_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * Declares each reason once, under its contract code, so a reason cannot exist without a public
 * code. A reason listed twice, or a key that is not a contract code, fails when the module loads.
 */
export function reasonCodes<const G extends ReasonGroups>(groups: G): ReasonCodes<ReasonIn<G>> {
  const codes = new Map<string, ErrorCode>();
  for (const [code, reasons] of Object.entries(groups)) {
    if (!CONTRACT_CODES.has(code)) throw new Error(`${code} is not a contract error code`);
    for (const reason of reasons ?? []) {
      if (codes.has(reason)) throw new Error(`reason ${reason} is listed twice`);
      codes.set(reason, code as ErrorCode);
    }
  }
  const reasons = Object.fromEntries([...codes.keys()].map((reason) => [reason, reason])) as { readonly [K in ReasonIn<G>]: K };
  return { reasons, codeOf: (reason) => codes.get(reason)! };
}
