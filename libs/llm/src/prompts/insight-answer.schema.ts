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
  /** The participant's answer, verbatim. */
  content: string;
  completedAt?: string;
  /** The interviewer's question it answered, for context. */
  question?: string;
  /** The interview stage of that question. */
  stage?: string | null;
  /** Part of a distress exchange: the owner's alone, answered with care. */
  sensitive?: boolean;
}

/** `[1]`, `[2]`: where a claim of the answer cites `citations[0]`, `citations[1]`. */
export const CITATION_MARKER = /\[(\d{1,2})\]/g;

export interface InsightAnswerInput {
  question: string;
  passages: InsightPassage[];
}
