import type { ProbeKind } from '#llm';

/** One stage of the interview plan (the seed's six, or the template's research plan). */
export interface InterviewStage {
  key: string;
  title: string;
  /** Plain words for the stage in a bridge ("where you want to go"). */
  topic: string;
}

/** A question the interviewer plans to ask; mandatory ones are asked (or skipped) exactly once. */
export interface AgendaItem {
  /** `mandatory:<n>` (`mandatory:<n>:<part>` for a later question of the same item), `plan:<stage>:<n>`, `rating` or `loop:actions`. */
  ref: string;
  /** Exactly as it will be asked (second person), one question. */
  text: string;
  stage: number;
  mandatory: boolean;
  /** Market, pay, promotion or "what holds you back": not asked of someone in distress. */
  sensitive?: boolean;
  /** Presumes a decision is still ahead ("before you commit"): not asked once the participant says it is done. */
  presumesPending?: boolean;
  /** Asked only once the participant says the move already happened ("What has the move been like so far?"). */
  whenMoved?: boolean;
}

export type QuestionKind = 'planned' | 'followup' | 'support' | 'closing';

/** The interviewer's question awaiting an answer. */
export interface PendingQuestion {
  seq: number;
  ref: string;
  kind: QuestionKind;
  /** The question alone, without acknowledgement or bridge (used for the no-repeat rule). */
  text: string;
  stage: number;
  /** The agenda item whose topic this question explores (follow-ups count against it). */
  topic: string;
}

export interface CallToAction {
  text: string;
  url: string | null;
}

/** Something the interviewer keeps in mind about the participant, in their words. A correction replaces the note with its key. */
export interface InterviewNote {
  key: string;
  text: string;
}

/** How the participant stands towards the move the reflection is about. */
export type Stance = 'considering' | 'moved' | 'unknown';

export interface DistressState {
  /** Support turns written so far. */
  supportTurns: number;
  /** Stages the distress came up in or touched: their remaining questions are not asked (unless the participant returns to them). */
  stages: number[];
  /** A crisis was disclosed: the session was paused with the crisis resources. */
  crisis: boolean;
}

/**
 * Everything the interviewer knows about a session, kept in `reflection_sessions.interviewer_state`
 * so an interview continues from any device and any api process. Notes hold the participant's own
 * words and are as private as their turns.
 */
export interface InterviewerState {
  version: 2;
  primaryQuestion: string;
  goals: string[];
  stages: InterviewStage[];
  agenda: AgendaItem[];
  /** Refs of agenda items asked. */
  askedRefs: string[];
  /** Refs of agenda items the participant skipped, or the interviewer dropped (e.g. after distress). */
  skippedRefs: string[];
  /** Every question asked so far, as asked. */
  asked: string[];
  stageIndex: number;
  /** Follow-ups per stage index. */
  followups: number[];
  /** Follow-ups per topic (agenda ref). */
  topicProbes: Record<string, number>;
  /** Probe kinds per stage index, in order. */
  probes: ProbeKind[][];
  /** Stage indexes already steered back once. */
  steered: number[];
  /** Refs already rephrased once. */
  clarified: string[];
  /** Opening words of earlier acknowledgements and bridges. */
  openings: string[];
  notes: InterviewNote[];
  stance: Stance;
  distress: DistressState | null;
  mandatoryTotal: number;
  /** Refs of mandatory questions answered. */
  mandatoryAnswered: string[];
  ratingGiven: boolean;
  pending: PendingQuestion | null;
  /** Set between storing an answer and storing the interviewer's reply to it. */
  awaitingReply: { seq: number; since: string } | null;
  /** The closing turn was written: nothing more is asked. */
  finished: boolean;
  /** Why it finished. */
  endedBy: 'complete' | 'limit' | 'participant' | null;
  nextSeq: number;
  turns: number;
  /** Participant answers stored so far. */
  answers: number;
  /** Time spent answering, each gap between turns counted up to a cap (pauses do not count). */
  activeMs: number;
  lastActivityAt: string;
  limits: { maxTurns: number; maxMinutes: number };
  cta: CallToAction;
}

/** What `progress` shows. */
export interface InterviewProgress {
  stage: string;
  stagesDone: number;
  stagesTotal: number;
  mandatoryAnswered: number;
  mandatoryTotal: number;
}
