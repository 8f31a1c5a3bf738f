import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { findSummarySourceProblems } from './summary-sources.util.js';
import { type SessionSummary, type SummaryInput, summarySchema } from './summary.schema.js';

const VERSION = 'summary@1';

const SHAPE = `{
  "overview": "3 to 5 sentences",
  "satisfactionScore": 0-10 number or null,
  "satisfactionSource": "participant" | "estimated" | null,
  "strengths": [{ "text": "string", "turnIds": ["participant turn id", "..."] }],
  "gaps": [{ "text": "string", "turnIds": ["participant turn id"] }],
  "themes": [{ "key": "taxonomy key", "label": "string", "sentiment": -1 to 1 number, "turnIds": ["participant turn id"] }],
  "opportunities": ["string"],
  "suggestedActions": ["string"]
}`;

/** Summarises a completed self-interview for the participant and their coach. */
export const summaryTask: LlmTask<SessionSummary, SummaryInput> = {
  name: 'summary',
  version: VERSION,
  schema: summarySchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You summarise career self-reflection interviews for the participant and their coach.',
      rules: [
        'Use only what the participant said; do not invent facts.',
        'Every strength, gap and theme cites at least one turnId, and only ids of PARTICIPANT turns.',
        'Theme keys must be keys from the taxonomy; sentiment is -1 (negative) to 1 (positive).',
        'If the participant rated their satisfaction on a 0-10 scale, use that number with source "participant"; otherwise estimate it with source "estimated", or null when there is too little to go on.',
        'Opportunities and suggestedActions are concrete, phrased as advice to the participant.',
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
