import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { CITATION_MARKER, type InsightAnswer, type InsightAnswerInput, insightAnswerSchema } from './insight-answer.schema.js';

/** @2: spoken to the owner in the second person, and every claim marked with the citation it rests on. */
const VERSION = 'insight-answer@2';

const SHAPE = `{
  "answer": "2 to 5 sentences to the participant, each claim followed by its citation marker, e.g. [1]",
  "citations": [{ "sessionId": "string", "turnId": "string", "excerpt": "exact substring of that passage, at most 200 characters" }]
}`;

/** Answers a participant's question about their own reflections, from their own answers, citing them. */
export const insightAnswerTask: LlmTask<InsightAnswer, InsightAnswerInput> = {
  name: 'insight-answer',
  version: VERSION,
  schema: insightAnswerSchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: "You answer a participant's question about their own reflections, using only their answers in the passages provided.",
      rules: [
        'Speak to the participant directly in the second person ("You said you would ..."); never describe them in the third person or as "a participant".',
        'Synthesise: group what they said across passages (e.g. the three things they plan to do), in their own words turned to "you", or quoted.',
        'Base every statement on the passages; if they do not answer the question, say so plainly.',
        'Follow every claim with the marker of the citation it rests on: [1] is the first entry of citations, [2] the second. Cite every passage you use, and no other.',
        'Each citation gives the passage\'s sessionId and turnId and an excerpt copied exactly from its content: a whole clause, never a word or fragment lifted out of its sense (not "idea" out of "I have no idea").',
        'Each passage has the interviewer question it answered; use it to read the answer, but cite only the answer.',
        'A passage marked sensitive describes strain or distress: acknowledge it gently, without judging or advising beyond suggesting support.',
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

/** Citations must point at a given passage and quote it exactly; markers must name a citation, and every citation be marked. */
export function findCitationProblems(answer: InsightAnswer, input: InsightAnswerInput): string[] {
  const byKey = new Map(input.passages.map((p) => [`${p.sessionId}\u0000${p.turnId}`, p.content]));
  const problems: string[] = [];
  answer.citations.forEach((citation, i) => {
    const content = byKey.get(`${citation.sessionId}\u0000${citation.turnId}`);
    if (content === undefined) problems.push(`citations.${i} references a passage that was not provided`);
    else if (!content.includes(citation.excerpt)) problems.push(`citations.${i}.excerpt is not an exact substring of its passage`);
  });
  const marked = new Set([...answer.answer.matchAll(CITATION_MARKER)].map((m) => Number(m[1])));
  for (const n of marked)
    if (n < 1 || n > answer.citations.length) problems.push(`answer has marker [${n}] but only ${answer.citations.length} citations`);
  answer.citations.forEach((_, i) => {
    if (!marked.has(i + 1)) problems.push(`citations.${i} is not marked in the answer`);
  });
  return problems;
}
