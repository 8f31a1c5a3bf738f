import type { InsightPassage } from '../../prompts/insight-answer.schema.js';
import { classifyStatement, type StatementKind } from '../statements/statement-kind.util.js';
import { readStatements } from '../statements/statements.util.js';
import type { TextAnalysis } from '../text-analysis.util.js';
import { WORRY } from './question-intent.util.js';

/** One clause of a passage that an answer could state, with what kind of statement it is. */
export interface PassageClaim {
  passage: InsightPassage;
  /** Position of the passage in the input: the retrieval's order. */
  passageIndex: number;
  /** The clause as said: an exact substring of the passage when it can be. */
  text: string;
  kinds: StatementKind[];
  /** Its kinds read from its own words alone, without the question it answered. */
  ownKinds: StatementKind[];
  /** Says a worry the statement reader has no kind for ("I worry I am invisible"). */
  worry: boolean;
  /** Says the person does not know ("I have no idea", "not sure"): never a claim about the topic. */
  uncertain: boolean;
  /** Turns a strength or a joy around ("I don't feel I have any strengths"). */
  deniesPositive: boolean;
  /** Starts with a name, which keeps its capital inside a sentence. */
  startsWithName: boolean;
  words: number;
}

const DENIES_POSITIVE =
  /(?:\b(?:not|never|no longer|hardly|nothing)\b|n't\b)[^.]{0,30}\b(?:strengths?|good|strong|great|enjoy\w*|like|love|energ\w*|proud)\b/i;
const UNCERTAIN = /\b(?:no idea|no clue|(?:don'?t|do not|didn'?t|did not) know|not sure|unsure|dunno|can'?t say|hard to say)\b/i;

/**
 * The clauses of each passage, each read with the interviewer question it answered (so that
 * "Enrol in a leadership programme", given as the answer to "what will you do?", is an intention).
 */
export function readPassageClaims(passages: readonly InsightPassage[], analysis: TextAnalysis): PassageClaim[] {
  return passages.flatMap((passage, passageIndex) => {
    const turns = [
      { id: `${passage.turnId}:question`, role: 'INTERVIEWER' as const, content: passage.question ?? '' },
      {
        id: passage.turnId,
        role: 'PARTICIPANT' as const,
        content: passage.content,
        stage: passage.stage ?? null,
        sensitive: passage.sensitive ?? false,
      },
    ];
    return readStatements(turns, analysis, { withSensitive: true }).map((statement) => ({
      passage,
      passageIndex,
      text: statement.text,
      kinds: statement.kinds,
      ownKinds: classifyStatement(statement.text),
      worry: WORRY.test(statement.text),
      uncertain: UNCERTAIN.test(statement.text),
      deniesPositive: DENIES_POSITIVE.test(statement.text),
      startsWithName: startsWithName(statement.text, analysis),
      words: statement.text.split(/\s+/).filter(Boolean).length,
    }));
  });
}

/** Talk about the conversation, or a bare rating: never a claim about the question. */
export const isAside = (claim: PassageClaim): boolean => claim.kinds.some((kind) => kind === 'meta' || kind === 'rating');

/** Plans to improve worded as intentions ("I need to get better at presenting"): gaps more than plans. */
export const WISH_TO_IMPROVE =
  /\b(?:need|have|want|would like|'d like|hope|must)\s+to\s+(?:get better|improve|learn|work on|build|develop|grow)\b/i;

/** "Sarah offered to help": a capitalised first word that is still a proper noun when written in lower case. */
function startsWithName(text: string, analysis: TextAnalysis): boolean {
  if (!/^\p{Lu}/u.test(text) || /^I\b/.test(text)) return false;
  const lowered = text[0]!.toLowerCase() + text.slice(1);
  return analysis.sentences(lowered)[0]?.tokens[0]?.pos === 'PROPN';
}
