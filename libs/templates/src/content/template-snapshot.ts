import type { ReflectionTemplateEntity } from '../entities/reflection-template.entity.js';
import type { ReflectionTemplateVersionEntity } from '../entities/reflection-template-version.entity.js';
import type { TemplateContent } from './template-content.js';

/** A template with one of its versions (the current one, or the one a session pinned). */
export interface TemplateSnapshot {
  template: ReflectionTemplateEntity;
  version: ReflectionTemplateVersionEntity;
}

/** The content columns of a version, read back as `TemplateContent`. */
export function contentOf(version: ReflectionTemplateVersionEntity): TemplateContent {
  return {
    title: version.title,
    primaryQuestion: version.primaryQuestion,
    welcomeMessage: version.welcomeMessage,
    researcherInfo: version.researcherInfo,
    goals: version.goals,
    mandatoryQuestions: version.mandatoryQuestions,
    closingCta: version.closingCtaText ? { text: version.closingCtaText, url: version.closingCtaUrl } : null,
    sendSummaryEmail: version.sendSummaryEmail,
    requireSignIn: version.requireSignIn,
    defaultVisibility: version.defaultVisibility as TemplateContent['defaultVisibility'],
    estimatedMinutes: version.estimatedMinutes,
  };
}

/** The content of `TemplateContent` as version columns. */
export function versionColumnsOf(content: TemplateContent): Partial<ReflectionTemplateVersionEntity> {
  return {
    title: content.title,
    primaryQuestion: content.primaryQuestion,
    welcomeMessage: content.welcomeMessage,
    researcherInfo: content.researcherInfo,
    goals: content.goals,
    mandatoryQuestions: content.mandatoryQuestions,
    closingCtaText: content.closingCta?.text ?? null,
    closingCtaUrl: content.closingCta?.url ?? null,
    sendSummaryEmail: content.sendSummaryEmail,
    requireSignIn: content.requireSignIn,
    defaultVisibility: content.defaultVisibility,
    estimatedMinutes: content.estimatedMinutes,
  };
}

/** Whether two versions would get the same research plan (the plan only reads these fields). */
export function samePlanInputs(a: TemplateContent, b: TemplateContent): boolean {
  const key = (c: TemplateContent) => JSON.stringify([c.title, c.primaryQuestion, c.goals, c.mandatoryQuestions, c.researcherInfo]);
  return key(a) === key(b);
}
