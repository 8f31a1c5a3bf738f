import { describe, expect, it } from '@jest/globals';
import { InputException, Visibility } from '#common';
import { DEFAULT_TEMPLATE_CONTENT, normaliseTemplateContent, templateWarnings } from './template-content.js';

const base = { title: 'Quarterly check-in', primaryQuestion: 'How satisfied am I with my work?' };

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputException);
    return ((error as InputException).details.fields as Array<{ field: string }>).map((f) => f.field);
  }
  throw new Error('expected an InputException');
}

describe('normaliseTemplateContent', () => {
  it('trims text, applies defaults and keeps an http(s) call-to-action', () => {
    const content = normaliseTemplateContent({
      ...base,
      title: '  Quarterly check-in ',
      welcomeMessage: '  ',
      closingCta: { text: 'Next steps', url: 'https://example.com/plan' },
    });
    expect(content).toEqual({
      ...DEFAULT_TEMPLATE_CONTENT,
      ...base,
      welcomeMessage: null,
      closingCta: { text: 'Next steps', url: 'https://example.com/plan' },
    });
    expect(content.defaultVisibility).toBe(Visibility.PRIVATE);
  });

  it.each([
    ['title', { title: 'x'.repeat(201) }],
    ['title', { title: '   ' }],
    ['primaryQuestion', { primaryQuestion: 'q'.repeat(1001) }],
    ['welcomeMessage', { welcomeMessage: 'w'.repeat(501) }],
    ['researcherInfo', { researcherInfo: 'r'.repeat(2001) }],
    ['goals', { goals: Array.from({ length: 11 }, (_, i) => `goal ${i}`) }],
    ['goals.1', { goals: ['ok', 'g'.repeat(301)] }],
    ['mandatoryQuestions', { mandatoryQuestions: Array.from({ length: 11 }, (_, i) => `question ${i}?`) }],
    ['mandatoryQuestions.0', { mandatoryQuestions: [''] }],
    ['closingCta.url', { closingCta: { text: 'Go', url: 'javascript:alert(1)' } }],
    ['closingCta.url', { closingCta: { text: 'Go', url: 'data:text/html,hi' } }],
    ['closingCta.url', { closingCta: { text: 'Go', url: 'not a url' } }],
    ['closingCta.text', { closingCta: { text: ' ', url: null } }],
    ['estimatedMinutes', { estimatedMinutes: 0 }],
    ['estimatedMinutes', { estimatedMinutes: 601 }],
    ['estimatedMinutes', { estimatedMinutes: 1.5 }],
  ])('refuses an invalid %s', (field, patch) => {
    expect(problemsOf(() => normaliseTemplateContent({ ...base, ...patch }))).toContain(field);
  });

  it('reports every offending field at once', () => {
    expect(problemsOf(() => normaliseTemplateContent({ title: '', primaryQuestion: '', estimatedMinutes: 0 }))).toEqual([
      'title',
      'primaryQuestion',
      'estimatedMinutes',
    ]);
  });

  it('keeps omitted fields of the previous version on update and clears explicit nulls', () => {
    const previous = normaliseTemplateContent({
      ...base,
      goals: ['Grow'],
      welcomeMessage: 'Hello',
      closingCta: { text: 'Go', url: 'http://x.test' },
      sendSummaryEmail: true,
      estimatedMinutes: 30,
    });
    const next = normaliseTemplateContent(
      { title: 'New title', primaryQuestion: base.primaryQuestion, welcomeMessage: null, sendSummaryEmail: null },
      previous,
    );
    expect(next).toMatchObject({
      title: 'New title',
      goals: ['Grow'],
      welcomeMessage: null,
      closingCta: { text: 'Go', url: 'http://x.test' },
      sendSummaryEmail: false,
      estimatedMinutes: 30,
    });
  });

  it('allows up to 10 mandatory questions and warns past 3', () => {
    const three = normaliseTemplateContent({ ...base, mandatoryQuestions: ['a?', 'b?', 'c?'] });
    const ten = normaliseTemplateContent({ ...base, mandatoryQuestions: Array.from({ length: 10 }, (_, i) => `q${i}?`) });
    expect(templateWarnings(three)).toEqual([]);
    expect(templateWarnings(ten)).toHaveLength(1);
    expect(templateWarnings(ten)[0]).toContain('10 mandatory questions');
  });
});
