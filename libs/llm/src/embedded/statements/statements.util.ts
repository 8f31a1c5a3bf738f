import type { TextAnalysis } from '../text-analysis.util.js';
import { classifyStatement, type StatementKind } from './statement-kind.util.js';

/** A turn as the statement reader needs it. */
export interface ConversationTurn {
  id: string;
  role: 'INTERVIEWER' | 'PARTICIPANT';
  content: string;
  stage?: string | null;
  /** Part of a distress exchange. */
  sensitive?: boolean;
}

/** One clause a participant said, what kind of statement it is, and where it came from. */
export interface Statement {
  text: string;
  turnId: string;
  /** Position of its turn in the conversation. */
  order: number;
  stage: string | null;
  kinds: StatementKind[];
  /** -1..1: lexicon sentiment of the clause, turned towards its kind (a gap is never positive). */
  polarity: number;
}

// Contrast splits a sentence into what is good and what is not ("I enjoy X, but I lack Y").
const CONTRAST = /\s*(?:[,;]\s*but\b|\bbut\b|;|\bhowever\b,?|\balthough\b|\bthough\b|\bwhereas\b|\bwhile\b)\s*/i;

/**
 * The participant's statements, clause by clause, each read with the question it answered. Their
 * turns of a distress exchange are left out unless `withSensitive`: they are the participant's
 * alone. (The interviewer's turns of the exchange still set the question the next answer meets.)
 */
export function readStatements(
  turns: readonly ConversationTurn[],
  analysis: TextAnalysis,
  options: { withSensitive?: boolean } = {},
): Statement[] {
  const statements: Statement[] = [];
  let question: string | null = null;
  turns.forEach((turn, order) => {
    if (turn.role === 'INTERVIEWER') {
      question = turn.content;
      return;
    }
    if ((turn.sensitive && !options.withSensitive) || !turn.content.trim()) return;
    for (const sentence of analysis.sentences(turn.content)) {
      if (sentence.text.trim().endsWith('?') && sentence.text.split(/\s+/).length > 4) continue;
      const clauses = sentence.text
        .split(CONTRAST)
        .map(tidy)
        .filter((c) => c.length > 0);
      for (const text of clauses.length ? clauses : [tidy(sentence.text)]) {
        const kinds = classifyStatement(text, { stage: turn.stage, question });
        statements.push({
          text,
          turnId: turn.id,
          order,
          stage: turn.stage ?? null,
          kinds,
          polarity: toneOf(analysis.sentiment(text), kinds),
        });
      }
    }
  });
  return statements;
}

const POSITIVE: readonly StatementKind[] = ['strength', 'energy'];
/** What would help tells of something missing now. */
const NEGATIVE: readonly StatementKind[] = ['gap', 'drain', 'need'];

/**
 * Lexicon sentiment misses career talk ("I lack formal leadership experience" scores neutral), so
 * the statement's kind sets the sign when the two disagree.
 */
function toneOf(lexicon: number, kinds: readonly StatementKind[]): number {
  const negative = kinds.some((kind) => NEGATIVE.includes(kind));
  const positive = !negative && kinds.some((kind) => POSITIVE.includes(kind));
  const tone = negative ? Math.min(lexicon - 0.3, -0.3) : positive ? Math.max(lexicon + 0.2, 0.3) : lexicon;
  return Math.round(Math.max(-1, Math.min(1, tone)) * 100) / 100;
}

/** What a summary may be built from: statements about work and the person, not talk about the conversation. */
export const isSubstantive = (statement: Statement): boolean =>
  !statement.kinds.some((kind) => kind === 'meta' || kind === 'off_topic' || kind === 'rating');

/** Statements of a kind, in conversation order. */
export const ofKind = (statements: readonly Statement[], kind: StatementKind): Statement[] =>
  statements.filter((s) => s.kinds.includes(kind));

/** "and I enjoy it." -> "I enjoy it" */
function tidy(clause: string): string {
  return clause
    .trim()
    .replace(/^[,;:\s-]+|[,;:\s-]+$/g, '')
    .replace(/^(?:and|so|also|then|honestly|well|just that)\s*,?\s+/i, '')
    .replace(/[.!]+$/, '')
    .trim();
}
