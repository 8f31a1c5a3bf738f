import type { ProbeKind } from '../prompts/interview-turn.schema.js';
import { type QuotablePhrase, spoken } from './quotable-phrases.util.js';

/**
 * Follow-up wordings of the embedded interviewer. Phrase frames are chosen so that any noun phrase
 * reads correctly in them (no verb agreement to get wrong); easier probes need no quote at all.
 */
const PHRASE_FRAMES: Record<Exclude<ProbeKind, 'easier'>, string[]> = {
  tell_more: ['Could you tell me more about {x}?', 'What {does} {x} look like day to day?'],
  example: ['What is a recent example of {x}?'],
  meaning: ['What do you mean by {x}?'],
  experience: ['What stood out for you about {x}?', 'Could you tell me more about {x}?'],
  origin: ['How did {x} come about?'],
  impact: ['Where did {x} make a difference recently?', 'Could you tell me more about {x}?'],
  ladder: ['What makes {x} important to you?'],
  plan_step: ['What would a first step toward {x} look like?', 'What makes {x} important to you right now?'],
};

/** Easier, more concrete questions for a short or vague answer; the second is narrower than the first. */
const EASIER_BY_STAGE: Record<string, [string, string]> = {
  current_situation: [
    'What part of your work last week stood out for you?',
    'What is one moment from last week at work that you remember?',
  ],
  strengths_value: ['What is something you did recently at work that went well?', 'What did someone last thank you for at work?'],
  gaps_growth: ['What is one thing you would like to get better at this year?', 'Where did you last feel stuck at work?'],
  market_trends: ['What change in your field have you noticed lately?', 'What skill do you see people around you picking up?'],
  goals_planning: ['Where would you like to be a year from now?', 'What would make next year a good year for you at work?'],
  actions_priorities: ['What is one small step you could take in the next week?', 'Who could help you with that first step?'],
};
const EASIER_DEFAULT: [string, string] = [
  'What comes to mind when you think about the last few weeks?',
  'What is one small thing from last week that fits here?',
];

/** Plain words for each stage, used in bridges ("Let's look at where you want to go."). */
export const STAGE_TOPICS: Readonly<Record<string, string>> = {
  current_situation: 'how things are going right now',
  strengths_value: 'what you are good at',
  gaps_growth: 'where you would like to grow',
  market_trends: 'how your field is changing',
  goals_planning: 'where you want to go',
  actions_priorities: 'your next steps',
};

export function stageTopic(key: string, title: string): string {
  return STAGE_TOPICS[key] ?? title.toLowerCase();
}

export function easierProbes(stageKey: string): readonly string[] {
  return EASIER_BY_STAGE[stageKey] ?? EASIER_DEFAULT;
}

export function phraseProbes(kind: Exclude<ProbeKind, 'easier'>, phrase: QuotablePhrase): string[] {
  // "a lead engineer role" is asked about as "that lead engineer role", unless it is still a plan.
  const said =
    phrase.clause !== 'plan' && (phrase.determiner === 'a' || phrase.determiner === 'an') ? `that ${phrase.text}` : spoken(phrase);
  return PHRASE_FRAMES[kind].map((frame) => frame.replace('{x}', said).replace('{does}', phrase.plural ? 'do' : 'does'));
}

const ASKS = /^(?:what|how|which|who|where|why|when|is|are|do|does|did|can|could|would|will|have|has|should)\b/i;

/** A shorter, plainer form of a question: the first clause of its asking sentence, when that asks something itself. */
export function plainer(question: string): string | null {
  const first = question
    .split('?')[0]!
    .trim()
    .split(/(?<=[.!:])\s+/)
    .pop()!;
  const clause = first.split(/[,;]|\s+and\s+(?=how|what|why|where|which|who)/i)[0]!.trim();
  const words = clause.split(/\s+/).length;
  // "On a scale from 0 to 10, how satisfied…" has no plainer form: its first part asks nothing.
  if (words < 4 || clause.length >= first.length || !ASKS.test(clause)) return null;
  return `${clause.replace(/[,.:;\s]+$/, '')}?`;
}
