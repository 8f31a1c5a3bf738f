import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { type ResearchPlan, type ResearchPlanInput, researchPlanSchema } from './research-plan.schema.js';

const VERSION = 'research-plan@1';

const SHAPE = `{
  "researchType": "string, e.g. \\"Leadership Readiness Assessment\\"",
  "framework": "string naming the reflection framework and how it is adapted",
  "objectives": ["exactly 3 strings"],
  "coreQuestions": ["3 to 8 open questions"],
  "stages": [
    { "key": "snake_or_kebab_id", "title": "string", "questions": ["1 to 5 open questions"] }
  ],
  "approach": "string describing how the interview moves through the stages"
}
"stages" has 4 to 8 items.`;

/** Turns a coach's reflection template into an interview plan the participant will be guided through. */
export const researchPlanTask: LlmTask<ResearchPlan, ResearchPlanInput> = {
  name: 'research-plan',
  version: VERSION,
  schema: researchPlanSchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You design structured career self-reflection interviews for a coaching platform.',
      rules: [
        'Base the plan on the primary question and goals; the plan must be specific to them, not generic.',
        'Questions are open (not answerable with yes/no), non-leading and addressed to the participant ("you" or "I").',
        'Include every mandatory question verbatim in one of the stages.',
        'Order stages from the present situation, through strengths, gaps and market context, to goals and concrete actions.',
        'Stage keys are short lowercase ids with - or _ separators.',
      ],
      dataTag: 'coach_data',
      shape: SHAPE,
    }),
    dataMessage('coach_data', 'Design the interview plan for this reflection template.', {
      title: input.title,
      primaryQuestion: input.primaryQuestion,
      goals: input.goals,
      mandatoryQuestions: input.mandatoryQuestions,
      researcherInfo: input.researcherInfo ?? null,
    }),
  ],
  verify: (plan, input) => verifyResearchPlan(plan, input),
};

/** Mandatory questions must survive into the plan, and stage keys must be unique. */
export function verifyResearchPlan(plan: ResearchPlan, input: ResearchPlanInput): string[] {
  const problems: string[] = [];
  const planned = new Set(plan.stages.flatMap((stage) => stage.questions.map(normalizeForCompare)));
  input.mandatoryQuestions.forEach((question, index) => {
    if (!planned.has(normalizeForCompare(question))) problems.push(`mandatory question #${index + 1} is missing from stages`);
  });
  const keys = plan.stages.map((stage) => stage.key);
  if (new Set(keys).size !== keys.length) problems.push('stage keys must be unique');
  return problems;
}
