import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { type InsightAnswer, type InsightAnswerInput, insightAnswerSchema } from './insight-answer.schema.js';

const VERSION = 'insight-answer@1';

const SHAPE = `{
  "answer": "2 to 4 sentences",
  "citations": [{ "sessionId": "string", "turnId": "string", "excerpt": "exact substring of that passage, at most 200 characters" }]
}`;

/** Answers a coach's question over retrieved interview passages, citing its sources. */
export const insightAnswerTask: LlmTask<InsightAnswer, InsightAnswerInput> = {
  name: 'insight-answer',
  version: VERSION,
  schema: insightAnswerSchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You answer a coach\'s question using only the interview passages provided.',
      rules: [
        'Base every statement on the passages; if they do not answer the question, say so.',
        'Cite each passage you rely on with its sessionId and turnId and an exact excerpt copied from its content.',
        'Do not name or identify participants.',
      ],
      dataTag: 'participant_data',
      shape: SHAPE,
    }),
    dataMessage('participant_data', 'Answer the question from these passages.', {
      question: input.question,
      passages: input.passages,
    }),
  ],
  verify: findCitationProblems,
};

/** Citations must point at a given passage and quote it exactly. */
export function findCitationProblems(answer: InsightAnswer, input: InsightAnswerInput): string[] {
  const byKey = new Map(input.passages.map((p) => [`${p.sessionId}\u0000${p.turnId}`, p.content]));
  const problems: string[] = [];
  answer.citations.forEach((citation, i) => {
    const content = byKey.get(`${citation.sessionId}\u0000${citation.turnId}`);
    if (content === undefined) problems.push(`citations.${i} references a passage that was not provided`);
    else if (!content.includes(citation.excerpt)) problems.push(`citations.${i}.excerpt is not an exact substring of its passage`);
  });
  return problems;
}
