import { z } from 'zod';

export const FOLLOWUP_NEEDS = ['probe_vague', 'ask_example', 'explore_sentiment', 'ask_rating', 'none'] as const;
export type FollowupNeed = (typeof FOLLOWUP_NEEDS)[number];

export type SentimentHint = 'positive' | 'negative' | 'neutral' | 'mixed';

export const interviewFollowupSchema = z.object({
  question: z.string().trim().min(5).max(400),
});

export type InterviewFollowup = z.infer<typeof interviewFollowupSchema>;

export interface InterviewFollowupInput {
  primaryQuestion: string;
  stage: { key: string; title: string };
  /** The plan's next question, used as is when no follow-up is needed. */
  plannedNextQuestion: string | null;
  lastQuestion: string;
  lastAnswer: string;
  askedQuestions: string[];
  /** What the answer analysis found missing. */
  needs: FollowupNeed;
  /** Label, or a score in -1..1, from the caller's own sentiment analysis. */
  sentimentHint?: SentimentHint | number;
}
