/** Limits of a reflection template (the seed's source product uses the same text lengths). */
export const TEMPLATE_LIMITS = {
  title: 200,
  primaryQuestion: 1000,
  welcomeMessage: 500,
  researcherInfo: 2000,
  goals: 10,
  goal: 300,
  mandatoryQuestions: 10,
  mandatoryQuestion: 500,
  /** More than this many mandatory questions is allowed, with a warning: interviews run long. */
  recommendedMandatoryQuestions: 3,
  ctaText: 200,
  ctaUrl: 2000,
  minMinutes: 1,
  maxMinutes: 600,
} as const;

/** A closing link must be a web page: no `javascript:`, `data:` or other schemes. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
