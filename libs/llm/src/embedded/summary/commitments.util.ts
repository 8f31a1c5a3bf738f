import type { Commitment } from '../../prompts/summary.schema.js';
import { similarity } from '../../util/text-compare.util.js';
import { capitalise, shorten } from '../heuristic.util.js';
import { ACTION_VERB, classifyStatement } from '../statements/statement-kind.util.js';
import { ofKind, type Statement } from '../statements/statements.util.js';
import { findTimeframe } from '../timeframe.util.js';

const MAX_COMMITMENTS = 8;
const SAME_COMMITMENT = 0.6;

// "I'll ask my director for a mentor, and next quarter I want to join the board" holds two.
const NEXT_INTENTION = /,?\s+(?:and|then|also|plus)\s+(?=(?:(?:next|this) \w+,? )?(?:i|we)\b)|;\s*/i;
// "Next quarter I plan to", "I will", "I'm going to": what turns a step into a statement about it.
const LEADING_TIME =
  /^((?:next|this|the coming) (?:week|month|quarter|year|cycle|spring|summer|autumn|fall|winter)|in \w+ (?:weeks?|months?)),?\s+/i;
const INTENT_PREFIX =
  /^(?:i|we) (?:will|'ll|shall|am going to|'m going to|are going to|plan to|intend to|aim to|mean to|want to|would like to|'d like to|hope to|need to|have to|must)\s+(?:also\s+)?/i;
// A list of steps after one "I will": "enrol in X, start Y, and get Z".
const LIST_BREAK = /,\s*(?:and\s+)?|\s+and\s+(?=\p{L})/u;

/**
 * What the participant said they will do, each as a step in their words ("Ask my director for a
 * mentor before the next promotion cycle"), with the timeframe they gave and the turns that said
 * it. A list of steps after one "I will" is one commitment per step; said twice, it is one
 * commitment citing both turns.
 */
export function readCommitments(statements: readonly Statement[]): Commitment[] {
  const commitments: Commitment[] = [];
  for (const statement of ofKind(statements, 'intention')) {
    const pieces = statement.text
      .split(NEXT_INTENTION)
      .map((piece) => piece.trim())
      .filter(Boolean);
    const intentions =
      pieces.length > 1
        ? pieces.filter((piece) => classifyStatement(piece, { stage: statement.stage }).includes('intention'))
        : [statement.text];
    for (const step of intentions.flatMap(stepsOf)) {
      if (step.split(/\s+/).length < 3) continue;
      const text = `${capitalise(shorten(step, 200).replace(/[.,;:!]+$/, ''))}.`;
      const same = commitments.find((c) => similarity(c.text, text) >= SAME_COMMITMENT);
      if (same) {
        if (!same.turnIds.includes(statement.turnId)) same.turnIds.push(statement.turnId);
        same.when ??= findTimeframe(step);
      } else if (commitments.length < MAX_COMMITMENTS) {
        commitments.push({ text, turnIds: [statement.turnId], when: findTimeframe(step) });
      }
    }
  }
  return commitments;
}

/**
 * "Next quarter I plan to join the board" -> ["join the board next quarter"]; a list of steps
 * ("I will enrol in X, start Y and get Z", or the same without "I will") -> one per step.
 */
function stepsOf(intention: string): string[] {
  const time = LEADING_TIME.exec(intention);
  const rest = time ? intention.slice(time[0].length) : intention;
  const step = rest.replace(INTENT_PREFIX, '');
  if (step === rest && !ACTION_VERB.test(` ${rest.toLowerCase()}`)) return [intention];
  const parts = step
    .split(LIST_BREAK)
    .map((part) => part.trim())
    .filter(Boolean);
  const steps = parts.length > 1 && parts.every((part) => ACTION_VERB.test(` ${part.toLowerCase()}`)) ? parts : [step];
  return steps.map((s) => (time ? `${s} ${time[1]!.toLowerCase()}` : s));
}
