import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const STAGE_KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

export const researchPlanStageSchema = z.object({
  key: z.string().regex(STAGE_KEY_PATTERN, 'must be a kebab-case or snake_case id').max(60),
  title: text(120),
  questions: z.array(text(500)).min(1).max(5),
});

export const researchPlanSchema = z.object({
  researchType: text(120),
  framework: text(300),
  objectives: z.array(text(400)).length(3),
  coreQuestions: z.array(text(500)).min(3).max(8),
  stages: z.array(researchPlanStageSchema).min(4).max(8),
  approach: text(1500),
});

export type ResearchPlanStage = z.infer<typeof researchPlanStageSchema>;
export type ResearchPlan = z.infer<typeof researchPlanSchema>;

export interface ResearchPlanInput {
  title: string;
  primaryQuestion: string;
  goals: string[];
  mandatoryQuestions: string[];
  /** Who the reflection is for / coach context, free text. */
  researcherInfo?: string;
}
