import type { StatementKind } from '../statements/statement-kind.util.js';
import { type ConversationTurn, readStatements } from '../statements/statements.util.js';
import { TextAnalysis } from '../text-analysis.util.js';

/**
 * The participant turns of one conversation that say something of the given kinds (an intention,
 * a gap...), each read with the question it answered, in conversation order. Turns of a distress
 * exchange are read too: this serves their owner only.
 */
export function turnsSaying(turns: readonly ConversationTurn[], kinds: readonly StatementKind[]): string[] {
  if (!kinds.length) return [];
  const statements = readStatements(turns, new TextAnalysis(), { withSensitive: true });
  const ids = statements.filter((s) => !s.kinds.includes('meta') && s.kinds.some((kind) => kinds.includes(kind))).map((s) => s.turnId);
  return [...new Set(ids)];
}
