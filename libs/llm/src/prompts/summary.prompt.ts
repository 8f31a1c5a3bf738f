import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { type SessionSummary, type SummaryInput, summarySchema } from './summary.schema.js';
import { findSummarySourceProblems } from './summary-sources.util.js';

const VERSION = 'summary@2';

const SHAPE = `{
  "overview": "3 to 5 sentences to the participant, as you",
  "satisfactionScore": 0-10 number or null,
  "satisfactionSource": "participant" | "estimated" | null,
  "satisfactionTurnId": "participant turn id of their own rating" | null,
  "strengths": [{ "text": "string", "turnIds": ["participant turn id"] }],
  "gaps": [{ "text": "string", "turnIds": ["participant turn id"] }],
  "themes": [{ "key": "taxonomy key", "label": "string", "sentiment": -1 to 1 number, "turnIds": ["participant turn id"] }],
  "opportunities": [{ "text": "string", "turnIds": ["participant turn id"] }],
  "suggestedActions": [{ "text": "string", "turnIds": ["participant turn id"] }],
  "commitments": [{ "text": "what they said they will do, in their words", "turnIds": ["participant turn id"], "when": "their time words" | null }],
  "strain": { "text": "string", "turnIds": ["sensitive participant turn id"] } | null
}`;

/** Summarises a completed self-interview for the participant, faithful to what they said. */
export const summaryTask: LlmTask<SessionSummary, SummaryInput> = {
  name: 'summary',
  version: VERSION,
  schema: summarySchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You summarise a career self-reflection interview for the person who gave it, speaking to them as "you".',
      rules: [
        'Use only what the participant said; never invent, generalise or reverse what they said. Quote their words where you can.',
        'Every strength, gap, theme, opportunity, suggested action and commitment cites at least one turnId, only ids of PARTICIPANT turns that support it, chosen across the whole conversation.',
        'Closing pleasantries, talk about the conversation itself and talk about life outside work are never strengths, gaps or concerns.',
        'A strength is something they do well or are relied on for; a gap is something they lack or want to get better at. What gives or drains energy is neither unless they say so.',
        'Commitments are what they said they will do ("I will", "I plan to", "next quarter I"), in their words, with their time words in "when".',
        'If the participant gave a 0-10 rating, use it with source "participant" and cite that turn in satisfactionTurnId; otherwise estimate it with source "estimated" and satisfactionTurnId null, or null when there is too little to go on.',
        'Turns with "sensitive": true are a distress exchange. Never use them for anything but "strain": there, acknowledge in plain, caring words the strain they described and the workload or situation behind it, without diagnosis or advice. "strain" is null when no turn is sensitive.',
        'Theme keys must be keys from the taxonomy; sentiment is -1 (negative) to 1 (positive).',
      ],
      dataTag: 'participant_data',
      shape: SHAPE,
    }),
    dataMessage('participant_data', 'Summarise this interview.', {
      primaryQuestion: input.primaryQuestion,
      taxonomy: input.taxonomy,
      turns: input.turns,
    }),
  ],
  verify: findSummarySourceProblems,
};
