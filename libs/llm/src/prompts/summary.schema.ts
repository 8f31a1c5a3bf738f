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

export const summarySchema = z.object({
  overview: z.string().trim().min(1).max(2000),
  satisfactionScore: z.number().min(0).max(10).nullable(),
  satisfactionSource: z.enum(['participant', 'estimated']).nullable(),
  strengths: z.array(sourcedClaimSchema).max(10),
  gaps: z.array(sourcedClaimSchema).max(10),
  themes: z.array(summaryThemeSchema).max(15),
  opportunities: z.array(z.string().trim().min(1).max(400)).max(10),
  suggestedActions: z.array(z.string().trim().min(1).max(400)).max(10),
});

export type SourcedClaim = z.infer<typeof sourcedClaimSchema>;
export type SummaryTheme = z.infer<typeof summaryThemeSchema>;
export type SessionSummary = z.infer<typeof summarySchema>;

export type TurnRole = 'INTERVIEWER' | 'PARTICIPANT';

export interface SummaryTurn {
  id: string;
  role: TurnRole;
  content: string;
  stage?: string;
}

export interface SummaryInput {
  primaryQuestion: string;
  turns: SummaryTurn[];
  taxonomy: readonly ThemeTaxonomyEntry[];
}
