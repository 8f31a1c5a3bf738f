import type { LlmTask } from '../llm-task.interface.js';
import { dataMessage, systemPrompt } from '../util/prompt.util.js';
import { type ActionPlan, type ActionPlanInput, actionPlanSchema } from './action-plan.schema.js';
import { findActionPlanSourceProblems } from './action-plan-sources.util.js';

const VERSION = 'action-plan@2';

const SHAPE = `{
  "items": [
    {
      "category": "SKILL_DEVELOPMENT" | "CAREER_POSITIONING" | "OPPORTUNITY_CREATION" | "CAREER_MANAGEMENT",
      "title": "short imperative title",
      "rationale": "why this matters, tied to the summary",
      "dueInDays": integer 7-365,
      "milestone": "observable checkpoint",
      "successMetric": "how the participant will know it worked",
      "fromCommitment": true if the item is one of summary.commitments, kept in their words,
      "sourceTurnIds": ["turn ids the summary cites for what this item responds to"]
    }
  ]
}
"items" has 1 to 8 entries: fewer, well-founded items beat padding.`;

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
        "Start from summary.commitments: each becomes an item first, its title in the participant's own words, fromCommitment true, citing its turnIds.",
        'A commitment with "when" is due when they said (count the days from startDate); others are spread over the next 90 days.',
        'Then fill gaps with guidance for the gaps and themes the commitments do not cover, citing the turns of the claim or theme each responds to; never quote a fragment of what they said as an action.',
        'Each item is specific and achievable, with a measurable success metric. Never pad the plan with items the summary does not call for.',
      ],
      dataTag: 'participant_data',
      shape: SHAPE,
    }),
    dataMessage('participant_data', 'Create the action plan; count due dates from startDate.', {
      summary: input.summary,
      startDate: input.startDate,
    }),
  ],
  verify: findActionPlanSourceProblems,
};
