import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { type ActionPlan, type ActionPlanInput, actionPlanSchema } from './action-plan.schema.js';

const VERSION = 'action-plan@1';

const SHAPE = `{
  "items": [
    {
      "category": "SKILL_DEVELOPMENT" | "CAREER_POSITIONING" | "OPPORTUNITY_CREATION" | "CAREER_MANAGEMENT",
      "title": "short imperative title",
      "rationale": "why this matters, tied to the summary",
      "dueInDays": integer 7-365,
      "milestone": "observable checkpoint",
      "successMetric": "how the participant will know it worked"
    }
  ]
}
"items" has 3 to 8 entries.`;

/** Turns a session summary into a dated, categorised action plan. */
export const actionPlanTask: LlmTask<ActionPlan, ActionPlanInput> = {
  name: 'action-plan',
  version: VERSION,
  schema: actionPlanSchema,
  build: (input) => [
    systemPrompt({
      version: VERSION,
      role: 'You turn a career reflection summary into a practical personal action plan.',
      rules: [
        'Address the gaps and themes in the summary first, then build on strengths.',
        'Each item is specific and achievable by the participant, with a measurable success metric.',
        'Spread due dates: quick wins within 30 days, larger items over the following months.',
        'Use at least two different categories.',
      ],
      dataTag: 'participant_data',
      shape: SHAPE,
    }),
    dataMessage('participant_data', 'Create the action plan; count due dates from startDate.', {
      summary: input.summary,
      startDate: input.startDate,
    }),
  ],
};
