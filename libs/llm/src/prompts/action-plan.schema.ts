import { z } from 'zod';
import type { SessionSummary } from './summary.schema.js';

export const ACTION_CATEGORIES = ['SKILL_DEVELOPMENT', 'CAREER_POSITIONING', 'OPPORTUNITY_CREATION', 'CAREER_MANAGEMENT'] as const;
export type ActionCategory = (typeof ACTION_CATEGORIES)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const actionPlanItemSchema = z.object({
  category: z.enum(ACTION_CATEGORIES),
  title: text(160),
  rationale: text(600),
  dueInDays: z.number().int().min(7).max(365),
  milestone: text(400),
  successMetric: text(400),
  /** A commitment the participant stated, kept in their words. */
  fromCommitment: z.boolean(),
  /** The participant turns the item responds to (the commitment's, or those of the gap or theme it addresses). */
  sourceTurnIds: z.array(z.string().min(1)).max(12),
});

export const actionPlanSchema = z.object({
  items: z.array(actionPlanItemSchema).min(1).max(8),
});

export type ActionPlanItem = z.infer<typeof actionPlanItemSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** What a plan is written from: the summary without its overview, score or strain note. */
export type ActionPlanSummary = Pick<
  SessionSummary,
  'strengths' | 'gaps' | 'themes' | 'opportunities' | 'suggestedActions' | 'commitments'
>;

export interface ActionPlanInput {
  summary: ActionPlanSummary;
  /** ISO date the plan starts; due dates are counted from it. */
  startDate: string;
}
