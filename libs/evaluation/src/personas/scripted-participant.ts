import type { EvalTemplate } from './templates.fixture.js';

/** What a scripted participant is expected to exercise; the rubric checks the matching behaviour. */
export interface PersonaTraits {
  stops?: boolean;
  pauses?: boolean;
  skips?: boolean;
  distress?: boolean;
  crisis?: boolean;
  corrects?: boolean;
  drifts?: boolean;
  asksMeaning?: boolean;
  plans?: boolean;
}

/** What the participant sees when answering: the interviewer's turn and where it stands in the plan. */
export interface QuestionContext {
  /** The interviewer's whole turn. */
  question: string;
  /** 0-based position of the stage in the plan (the six seed stages, in order). */
  stageIndex: number;
  kind: 'planned' | 'followup' | 'support' | 'closing' | 'paused';
  ref: string;
  /** How many answers they gave before this one. */
  answerIndex: number;
}

/** What a faithful summary, plan and answer for this participant must show. */
export interface InsightExpectations {
  /** Their own rating, as they typed it. */
  rating?: number;
  /** Each names one commitment they stated: it must be a commitment of the summary and an item of the plan. */
  commitments?: RegExp[];
  /** Words that must never appear in a strength, gap, opportunity, commitment or the overview's concerns. */
  neverClaimed?: RegExp[];
  /** A question they ask of their reflection, and what the cited turns must say. */
  question?: { ask: string; cites: RegExp[] };
}

export interface ScriptedParticipant {
  name: string;
  description: string;
  template: EvalTemplate;
  traits: PersonaTraits;
  /** Resumes after a pause the interviewer made (the harness calls resume). */
  resumesAfterPause: boolean;
  /** What they answer (see `scripted`). */
  script: Script;
  insights?: InsightExpectations;
}

export interface Script {
  /** Answers per stage, in the order of the six seed stages; follow-ups take the next answer of the stage. */
  stages: string[][];
  /** Answers at a given answer index, whatever the question (a stop, a skip, a disclosure). */
  at?: Record<number, string>;
  /** Answers to questions matching a pattern, used once each (a support offer). */
  when?: Array<[RegExp, string]>;
  /** Answer to a 0-10 rating question. */
  rating?: string;
  /** Answer to "anything we have not talked about?". */
  closing?: string;
  /** When a stage's answers run out. */
  fallback?: string;
}

const RATING = /scale from 0 to 10|out of 10|1 to 10|0 to 10/i;

/**
 * A participant who answers the question asked (a new one per interview, so every run starts
 * from the top of the script): answers come from the script of the question's
 * stage, in order, with pattern-matched and index-fixed answers first. The same interviewer
 * always gets the same answers, so the same interviewer gives the same transcript.
 */
export function scripted(script: Script): (context: QuestionContext) => string | null {
  const next = script.stages.map(() => 0);
  const used = new Set<number>();
  return (context) => {
    const fixed = script.at?.[context.answerIndex];
    if (fixed !== undefined) return fixed;
    const special = (script.when ?? []).findIndex(([pattern], i) => !used.has(i) && pattern.test(context.question));
    if (special !== -1) {
      used.add(special);
      return script.when![special]![1];
    }
    if (context.ref === 'closing:check') return script.closing ?? 'No, I think that covers it.';
    const asked = (context.question.match(/[^.!?\n]*\?/g) ?? []).pop() ?? '';
    if (script.rating && RATING.test(asked)) return script.rating;
    const stage = Math.min(context.stageIndex, script.stages.length - 1);
    const answers = script.stages[stage] ?? [];
    const answer = answers[next[stage]!];
    next[stage]! += 1;
    return answer ?? script.fallback ?? "I think I've said what I wanted to about that.";
  };
}
