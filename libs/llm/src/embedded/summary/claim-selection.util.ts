import type { SourcedClaim } from '../../prompts/summary.schema.js';
import { similarity } from '../../util/text-compare.util.js';
import { capitalise, shorten } from '../heuristic.util.js';
import type { StatementKind } from '../statements/statement-kind.util.js';
import type { Statement } from '../statements/statements.util.js';

const MAX_PER_TURN = 2;
const SAME_POINT = 0.6;

/**
 * The clearest statements of a kind from the whole conversation: fragments are left out, one
 * turn cannot fill the list, a point made twice is one claim citing both turns, and the result
 * reads in conversation order.
 */
export function pickStatements(statements: readonly Statement[], kind: StatementKind, max: number): Statement[] {
  const candidates = statements.filter((s) => s.kinds.includes(kind) && wordCount(s.text) >= 3);
  const ranked = [...candidates].sort((a, b) => clarity(b, kind) - clarity(a, kind) || a.order - b.order);
  const picked: Statement[] = [];
  const perTurn = new Map<string, number>();
  for (const statement of ranked) {
    if (picked.length >= max) break;
    if ((perTurn.get(statement.turnId) ?? 0) >= MAX_PER_TURN) continue;
    if (picked.some((p) => similarity(p.text, statement.text) >= SAME_POINT)) continue;
    picked.push(statement);
    perTurn.set(statement.turnId, (perTurn.get(statement.turnId) ?? 0) + 1);
  }
  return picked.sort((a, b) => a.order - b.order);
}

/** Claims of a kind, each citing every turn that made the same point. */
export function claimsOf(statements: readonly Statement[], kind: StatementKind, max: number): SourcedClaim[] {
  return pickStatements(statements, kind, max).map((picked) => {
    const turnIds = statements
      .filter((s) => s.kinds.includes(kind) && (s === picked || similarity(s.text, picked.text) >= SAME_POINT))
      .map((s) => s.turnId);
    return { text: asClaim(picked.text), turnIds: [...new Set([picked.turnId, ...turnIds])] };
  });
}

/** "colleagues come to me for reviews" -> "Colleagues come to me for reviews." */
export const asClaim = (text: string): string => `${capitalise(shorten(text, 300).replace(/[.,;:!]+$/, ''))}.`;

/** A quotation of the participant's words inside a sentence of the summary. */
export const quote = (text: string, max = 140): string => `“${capitalise(shorten(text, max).replace(/[.,;:!]+$/, ''))}”`;

/** Specific and single-minded statements first: length up to a point, one kind over mixed ones. */
function clarity(statement: Statement, kind: StatementKind): number {
  const words = Math.min(wordCount(statement.text), 24);
  const mixed = statement.kinds.length > 1 ? 4 : 0;
  const against = kind === 'strength' || kind === 'energy' ? Math.max(0, -statement.polarity) * 6 : Math.max(0, statement.polarity) * 6;
  return words - mixed - against;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
