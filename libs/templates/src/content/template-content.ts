import { InputException, type InvalidField, Visibility } from '#common';
import { isWebUrl, TEMPLATE_LIMITS as L } from './template-limits.js';

/** What a caller may send to create or update a template (optional fields may be omitted). */
export interface TemplateContentInput {
  title: string;
  primaryQuestion: string;
  welcomeMessage?: string | null;
  researcherInfo?: string | null;
  goals?: string[] | null;
  mandatoryQuestions?: string[] | null;
  closingCta?: { text: string; url?: string | null } | null;
  sendSummaryEmail?: boolean | null;
  requireSignIn?: boolean | null;
  defaultVisibility?: Visibility | null;
  estimatedMinutes?: number | null;
}

/** The validated, normalised content of one template version. */
export interface TemplateContent {
  title: string;
  primaryQuestion: string;
  welcomeMessage: string | null;
  researcherInfo: string | null;
  goals: string[];
  mandatoryQuestions: string[];
  closingCta: { text: string; url: string | null } | null;
  sendSummaryEmail: boolean;
  requireSignIn: boolean;
  defaultVisibility: Visibility;
  estimatedMinutes: number | null;
}

export const DEFAULT_TEMPLATE_CONTENT: Omit<TemplateContent, 'title' | 'primaryQuestion'> = {
  welcomeMessage: null,
  researcherInfo: null,
  goals: [],
  mandatoryQuestions: [],
  closingCta: null,
  sendSummaryEmail: false,
  requireSignIn: true,
  defaultVisibility: Visibility.PRIVATE,
  estimatedMinutes: null,
};

/**
 * Validates and normalises template content. Omitted optional fields (undefined) keep the value of
 * `base` (the previous version on update, the defaults on create); an explicit null clears them.
 * Throws one `InputException` naming every offending field, before anything is written.
 */
export function normaliseTemplateContent(
  input: TemplateContentInput,
  base: Omit<TemplateContent, 'title' | 'primaryQuestion'> = DEFAULT_TEMPLATE_CONTENT,
): TemplateContent {
  const problems: InvalidField[] = [];
  const fail = (field: string, problem: string) => problems.push({ field, problems: [problem] });

  const required = (field: string, value: unknown, max: number): string => {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!text) fail(field, 'must not be empty');
    else if (text.length > max) fail(field, `must be at most ${max} characters`);
    return text;
  };
  const optional = (field: string, value: string | null | undefined, fallback: string | null, max: number): string | null => {
    if (value === undefined) return fallback;
    const text = (value ?? '').trim();
    if (text.length > max) fail(field, `must be at most ${max} characters`);
    return text || null;
  };
  const list = (field: string, value: string[] | null | undefined, fallback: string[], maxItems: number, maxLength: number): string[] => {
    if (value === undefined) return fallback;
    const items = (value ?? []).map((item) => (typeof item === 'string' ? item.trim() : ''));
    if (items.length > maxItems) fail(field, `must have at most ${maxItems} items`);
    items.forEach((item, index) => {
      if (!item) fail(`${field}.${index}`, 'must not be empty');
      else if (item.length > maxLength) fail(`${field}.${index}`, `must be at most ${maxLength} characters`);
    });
    return items;
  };

  const content: TemplateContent = {
    title: required('title', input.title, L.title),
    primaryQuestion: required('primaryQuestion', input.primaryQuestion, L.primaryQuestion),
    welcomeMessage: optional('welcomeMessage', input.welcomeMessage, base.welcomeMessage, L.welcomeMessage),
    researcherInfo: optional('researcherInfo', input.researcherInfo, base.researcherInfo, L.researcherInfo),
    goals: list('goals', input.goals, base.goals, L.goals, L.goal),
    mandatoryQuestions: list(
      'mandatoryQuestions',
      input.mandatoryQuestions,
      base.mandatoryQuestions,
      L.mandatoryQuestions,
      L.mandatoryQuestion,
    ),
    closingCta: base.closingCta,
    sendSummaryEmail:
      input.sendSummaryEmail ?? (input.sendSummaryEmail === null ? DEFAULT_TEMPLATE_CONTENT.sendSummaryEmail : base.sendSummaryEmail),
    requireSignIn: input.requireSignIn ?? (input.requireSignIn === null ? DEFAULT_TEMPLATE_CONTENT.requireSignIn : base.requireSignIn),
    defaultVisibility:
      input.defaultVisibility ?? (input.defaultVisibility === null ? DEFAULT_TEMPLATE_CONTENT.defaultVisibility : base.defaultVisibility),
    estimatedMinutes: input.estimatedMinutes === undefined ? base.estimatedMinutes : input.estimatedMinutes,
  };

  if (input.closingCta !== undefined) {
    if (input.closingCta === null) {
      content.closingCta = null;
    } else {
      const text = required('closingCta.text', input.closingCta.text, L.ctaText);
      const url = (input.closingCta.url ?? '').trim() || null;
      if (url && (url.length > L.ctaUrl || !isWebUrl(url)))
        fail('closingCta.url', `must be an http or https URL of at most ${L.ctaUrl} characters`);
      content.closingCta = { text, url };
    }
  }
  if (!Object.values(Visibility).includes(content.defaultVisibility)) fail('defaultVisibility', 'must be PRIVATE or SHARED_WITH_COACHES');
  const minutes = content.estimatedMinutes;
  if (minutes !== null && (!Number.isInteger(minutes) || minutes < L.minMinutes || minutes > L.maxMinutes)) {
    fail('estimatedMinutes', `must be a whole number from ${L.minMinutes} to ${L.maxMinutes}`);
  }

  if (problems.length)
    throw new InputException(`Invalid template: ${problems.map((p) => `${p.field} ${p.problems.join(', ')}`).join('; ')}`, problems);
  return content;
}

/** Advice about a valid template, shown to its author; never a reason to refuse it. */
export function templateWarnings(content: Pick<TemplateContent, 'mandatoryQuestions'>): string[] {
  const warnings: string[] = [];
  const count = content.mandatoryQuestions.length;
  if (count > L.recommendedMandatoryQuestions) {
    warnings.push(
      `${count} mandatory questions: up to ${L.recommendedMandatoryQuestions} are recommended, more make the interview longer and leave less room for follow-ups`,
    );
  }
  return warnings;
}
