/** One stage of the interview plan (the seed's six stages, or the template's research plan). */
export interface InterviewStage {
  key: string;
  title: string;
}

/** A question the interviewer plans to ask; mandatory ones are asked exactly once. */
export interface AgendaItem {
  /** `mandatory:<n>`, `plan:<stage>:<n>` or `loop:actions`. */
  ref: string;
  /** Exactly as it will be asked (second person). */
  text: string;
  stage: number;
  mandatory: boolean;
}

export type QuestionKind = 'planned' | 'followup' | 'support' | 'closing';

/** The interviewer's question awaiting an answer. */
export interface PendingQuestion {
  seq: number;
  ref: string;
  kind: QuestionKind;
  /** The question alone, without greeting or transition (used for the no-repeat rule). */
  text: string;
  stage: number;
}

export interface CallToAction {
  text: string;
  url: string | null;
}

/**
 * Everything the interviewer knows about a session, kept in `reflection_sessions.interviewer_state`
 * so that an interview continues from any device and any api process. Holds no participant text.
 */
export interface InterviewerState {
  version: 1;
  primaryQuestion: string;
  stages: InterviewStage[];
  agenda: AgendaItem[];
  /** Refs of agenda items already asked. */
  askedRefs: string[];
  /** Every question asked so far, as asked. */
  asked: string[];
  stageIndex: number;
  /** Follow-ups asked per stage index. */
  followups: number[];
  /** `<stage>:<need>` pairs already used, so a stage never gets the same kind of follow-up twice. */
  followupKinds: string[];
  mandatoryTotal: number;
  /** Refs of mandatory questions that were asked and answered. */
  mandatoryAnswered: string[];
  ratingGiven: boolean;
  ratingAsked: boolean;
  supportShown: number;
  pending: PendingQuestion | null;
  /** Set between storing an answer and storing the interviewer's reply to it. */
  awaitingReply: { seq: number } | null;
  /** The closing turn was written: nothing more is asked. */
  finished: boolean;
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
