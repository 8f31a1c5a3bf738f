import { z } from 'zod';

export const MAX_EXCERPT_CHARS = 200;

export const insightCitationSchema = z.object({
  sessionId: z.string().min(1),
  turnId: z.string().min(1),
  excerpt: z.string().min(1).max(MAX_EXCERPT_CHARS),
});

export const insightAnswerSchema = z.object({
  answer: z.string().trim().min(1).max(2000),
  citations: z.array(insightCitationSchema).max(12),
});

export type InsightCitation = z.infer<typeof insightCitationSchema>;
export type InsightAnswer = z.infer<typeof insightAnswerSchema>;

export interface InsightPassage {
  sessionId: string;
  turnId: string;
  content: string;
  completedAt?: string;
}

export interface InsightAnswerInput {
  question: string;
  passages: InsightPassage[];
}
