import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import {
  type FollowupNeed,
  type InterviewFollowup,
  type InterviewFollowupInput,
  interviewFollowupSchema,
} from './interview-followup.schema.js';

const VERSION = 'interview-followup@1';

const NEED_GUIDANCE: Record<FollowupNeed, string> = {
  probe_vague: 'The answer was vague: ask the participant to say more about one concrete thing they mentioned.',
  ask_example: 'The answer was general: ask for one specific, recent example of what they described.',
  explore_sentiment: 'The answer carried feeling: explore what makes that part energising or frustrating for them.',
  ask_rating: 'Ask for a 1 to 10 self-rating of satisfaction with the topic of this stage, and what would raise it.',
  none: 'No follow-up is needed: ask the planned next question, lightly adapted to what was just said.',
};

/** Picks the interviewer's next question during a live self-interview. */
export const interviewFollowupTask: LlmTask<InterviewFollowup, InterviewFollowupInput> = {
  name: 'interview-followup',
  version: VERSION,
  schema: interviewFollowupSchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You are a warm, neutral career-reflection interviewer asking one question at a time.',
      rules: [
        NEED_GUIDANCE[input.needs],
        'Ask exactly one open question (not yes/no), without suggesting an answer or judging the participant.',
        'Never repeat or closely paraphrase any question in askedQuestions.',
        'Keep it under 40 words, in plain language, addressed to the participant as "you".',
      ],
      dataTag: 'participant_data',
      shape: '{ "question": "string" }',
    }),
    dataMessage('participant_data', 'Write the next interview question.', {
      primaryQuestion: input.primaryQuestion,
      stage: input.stage,
      plannedNextQuestion: input.plannedNextQuestion,
      lastQuestion: input.lastQuestion,
      lastAnswer: input.lastAnswer,
      askedQuestions: input.askedQuestions,
      needs: input.needs,
      sentimentHint: input.sentimentHint ?? null,
    }),
  ],
  verify: (output, input) => {
    const asked = new Set(input.askedQuestions.map(normalizeForCompare));
    return asked.has(normalizeForCompare(output.question)) ? ['question repeats one already asked'] : [];
  },
};
