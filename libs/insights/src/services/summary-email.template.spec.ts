import { describe, expect, it } from '@jest/globals';
import { renderSummaryEmail } from './summary-email.template.js';

describe('renderSummaryEmail', () => {
  const summary = {
    overview: 'You reflected on your growth.',
    satisfactionScore: 5,
    satisfactionSource: 'participant' as const,
    strengths: [{ text: 'Strong system design.', turnIds: ['t1'] }],
    gaps: [{ text: 'No leadership experience yet.', turnIds: ['t2'] }],
    themes: [{ key: 'mentorship', label: 'Mentorship', sentiment: -0.6, turnIds: ['t2'] }],
    opportunities: ['Find a mentor'],
    suggestedActions: ['Ask for a stretch project'],
  };

  it('carries the summary and the call-to-action', () => {
    const mail = renderSummaryEmail({ to: 'p@example.test', displayName: 'Pat', title: 'Career check-in', summary, cta: { text: 'Book a coaching call', url: 'https://example.test/book' }, link: 'https://app.test/reflections/s1' });
    expect(mail.to).toBe('p@example.test');
    expect(mail.subject).toContain('Career check-in');
    expect(mail.text).toContain('5 out of 10 (your own rating)');
    expect(mail.text).toContain('- Strong system design.');
    expect(mail.text).toContain('Mentorship (a concern)');
    expect(mail.text).toContain('Book a coaching call: https://example.test/book');
  });

  it('marks an estimate and leaves out an absent call-to-action', () => {
    const mail = renderSummaryEmail({ to: 'p@example.test', displayName: 'Pat', title: 'T', summary: { ...summary, satisfactionSource: 'estimated' }, cta: null, link: 'l' });
    expect(mail.text).toContain('estimated from your answers');
    expect(mail.text).not.toContain('Book');
  });
});
