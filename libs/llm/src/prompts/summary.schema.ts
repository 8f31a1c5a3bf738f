import { z } from 'zod';
import type { ThemeTaxonomyEntry } from '../taxonomy/theme-taxonomy.interface.js';

const sourcedClaimSchema = z.object({
  text: z.string().trim().min(1).max(400),
  turnIds: z.array(z.string().min(1)).min(1),
});

export const summaryThemeSchema = z.object({
  key: z.string().min(1),
  label: z.string().trim().min(1).max(120),
  sentiment: z.number().min(-1).max(1),
  turnIds: z.array(z.string().min(1)).min(1),
});

const commitmentSchema = sourcedClaimSchema.extend({
  /** When they said they would do it, in their words ("next quarter", "by the end of January"). */
  when: z.string().trim().max(80).nullable(),
});

export const summarySchema = z.object({
  /** To the participant, in the second person, from what they said only. */
  overview: z.string().trim().min(1).max(2000),
  satisfactionScore: z.number().min(0).max(10).nullable(),
  satisfactionSource: z.enum(['participant', 'estimated']).nullable(),
  /** The participant turn that gave their own rating (with source "participant"). */
  satisfactionTurnId: z.string().min(1).nullable(),
  strengths: z.array(sourcedClaimSchema).max(10),
  gaps: z.array(sourcedClaimSchema).max(10),
  themes: z.array(summaryThemeSchema).max(15),
  opportunities: z.array(sourcedClaimSchema).max(10),
  suggestedActions: z.array(sourcedClaimSchema).max(10),
  /** What the participant said they will do, in their words. */
  commitments: z.array(commitmentSchema).max(10),
  /** The strain or distress they described, acknowledged for them alone; null when there was none. */
  strain: sourcedClaimSchema.extend({ text: z.string().trim().min(1).max(1200) }).nullable(),
});

export type SourcedClaim = z.infer<typeof sourcedClaimSchema>;
export type SummaryTheme = z.infer<typeof summaryThemeSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type SessionSummary = z.infer<typeof summarySchema>;

export type TurnRole = 'INTERVIEWER' | 'PARTICIPANT';

export interface SummaryTurn {
  id: string;
  role: TurnRole;
  content: string;
  stage?: string;
  /** Part of a distress exchange: only ever used for `strain`. */
  sensitive?: boolean;
}

export interface SummaryInput {
  primaryQuestion: string;
  turns: SummaryTurn[];
  taxonomy: readonly ThemeTaxonomyEntry[];
}
