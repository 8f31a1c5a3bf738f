import { z } from 'zod';
import type { SessionSummary, SourcedClaim, SummaryTheme } from './summary.schema.js';

export const ACTION_CATEGORIES = [
  'SKILL_DEVELOPMENT',
  'CAREER_POSITIONING',
  'OPPORTUNITY_CREATION',
  'CAREER_MANAGEMENT',
] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const actionPlanItemSchema = z.object({
  category: z.enum(ACTION_CATEGORIES),
  title: text(160),
  rationale: text(600),
  dueInDays: z.number().int().min(7).max(365),
  milestone: text(400),
  successMetric: text(400),
});

export const actionPlanSchema = z.object({
  items: z.array(actionPlanItemSchema).min(3).max(8),
});

export type ActionPlanItem = z.infer<typeof actionPlanItemSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** A session summary where source turn ids are optional: the plan does not cite turns. */
export type ActionPlanSummary = Omit<SessionSummary, 'strengths' | 'gaps' | 'themes'> & {
  strengths: Array<Omit<SourcedClaim, 'turnIds'> & { turnIds?: string[] }>;
  gaps: Array<Omit<SourcedClaim, 'turnIds'> & { turnIds?: string[] }>;
  themes: Array<Omit<SummaryTheme, 'turnIds'> & { turnIds?: string[] }>;
};

export interface ActionPlanInput {
  summary: ActionPlanSummary;
  /** ISO date the plan starts; due dates are counted from it. */
  startDate: string;
}
