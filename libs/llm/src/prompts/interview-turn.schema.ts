import { z } from 'zod';

/**
 * What the interviewer may do with an ordinary answer. Stops, skips, corrections, distress and
 * limits are settled by the interview policy before a model is asked, so they are not moves here.
 */
export const INTERVIEW_MOVES = ['follow_up', 'next_question', 'clarify', 'steer_back', 'move_on'] as const;
export type InterviewMove = (typeof INTERVIEW_MOVES)[number];

/** Kinds of follow-up, rotated so a participant is not asked the same kind of thing twice running. */
export const PROBE_KINDS = ['tell_more', 'example', 'meaning', 'experience', 'origin', 'impact', 'ladder', 'easier', 'plan_step'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export const interviewTurnSchema = z.object({
  move: z.enum(INTERVIEW_MOVES),
  /** One short statement about what the person just said, in their words (≤ 20 words). */
  acknowledgement: z.string().trim().max(200),
  /** One open question; for next_question and move_on, the planned question as given (null when none is left). */
  question: z.string().trim().min(5).max(400).nullable(),
  /** The participant's words the question quotes, verbatim from the last answer; null when none. */
  quote: z.string().trim().max(80).nullable(),
  probe: z.enum(PROBE_KINDS).nullable(),
  /** Facts worth remembering about the participant, in their words (≤ 3 per turn). */
  notes: z.array(z.object({ key: z.string().trim().min(1).max(40), text: z.string().trim().min(1).max(200) })).max(3),
});

export type InterviewTurnDecision = z.infer<typeof interviewTurnSchema>;

export interface InterviewTurnWindowEntry {
  role: 'interviewer' | 'participant';
  text: string;
}

export interface PlannedQuestion {
  ref: string;
  text: string;
  mandatory: boolean;
  /** Opens a new stage: its plain topic ("where you want to go next"). */
  newStageTopic: string | null;
}

export interface InterviewTurnInput {
  primaryQuestion: string;
  goals: string[];
  stage: { key: string; title: string; topic: string };
  /** What the policy asks next unless a follow-up is better; null only when nothing is left. */
  planned: PlannedQuestion | null;
  /** Mandatory questions not yet asked or skipped. */
  openMandatory: string[];
  /** The last turns, oldest first, ending with the answer to reply to. */
  window: InterviewTurnWindowEntry[];
  /** The question the last answer replied to. */
  lastQuestion: string;
  lastAnswer: string;
  /** Running notes about the participant (situation, corrections, requests), in their words. */
  notes: Array<{ key: string; text: string }>;
  /** Recent questions already asked, never to be repeated or closely paraphrased. */
  askedQuestions: string[];
  /** What the budget and the conversation allow this turn. */
  allowed: {
    followUp: boolean;
    example: boolean;
    ladder: boolean;
    steer: boolean;
    clarify: boolean;
  };
  /** Readings of the last answer made by the policy. */
  signals: {
    words: number;
    vague: boolean;
    asksMeaning: boolean;
    offTopic: boolean;
    /** The answer repeats an earlier one or says there is nothing more: move on. */
    saturated: boolean;
    rating: number | null;
    /** Follow-ups already asked on this topic (at most 2). */
    probesOnTopic: number;
  };
  /** Probe kinds used in this stage, most recent last. */
  probesUsed: ProbeKind[];
  /** Words that opened earlier acknowledgements, so a new one opens differently. */
  usedOpenings: string[];
  /** Topics not to raise (market, pay, promotion) after the participant showed distress. */
  avoidTopics: string[];
}
