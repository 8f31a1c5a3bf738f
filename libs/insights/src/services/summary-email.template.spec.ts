import { describe, expect, it } from '@jest/globals';
import type { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';
import { renderSummaryEmail, type SummaryEmailContent } from './summary-email.template.js';
import { toSummaryEmailView } from './summary-email.view.js';

const summary = {
  overview: 'You reflected on your growth.',
  satisfactionScore: 5,
  satisfactionSource: 'participant' as const,
  strengths: [{ text: 'Strong system design.', turnIds: ['t1'] }],
  gaps: [{ text: 'No leadership experience yet.', turnIds: ['t2'] }],
  themes: [{ key: 'mentorship', label: 'Mentorship', sentiment: -0.6, turnIds: ['t2'] }],
  opportunities: [{ text: 'Find a mentor', turnIds: ['t2'] }],
  suggestedActions: [{ text: 'Ask for a stretch project', turnIds: ['t2'] }],
  commitments: [{ text: 'Ask my director for a mentor.', turnIds: ['t3'], when: 'next quarter' }],
};

const content = (extra: Partial<SummaryEmailContent> = {}): SummaryEmailContent => ({
  to: 'p@example.test',
  displayName: 'Pat',
  title: 'Career check-in',
  view: toSummaryEmailView(summary),
  cta: { text: 'Book a coaching call', url: 'https://example.test/book' },
  link: 'https://app.test/reflections/s1',
  ...extra,
});

describe('renderSummaryEmail', () => {
  it('carries the summary and the call-to-action in both parts', async () => {
    const mail = await renderSummaryEmail(content());
    expect(mail.text).toContain('- Ask my director for a mentor (next quarter)');
    expect(mail.to).toBe('p@example.test');
    expect(mail.subject).toContain('Career check-in');
    expect(mail.text).toContain('5 out of 10 (your own rating)');
    expect(mail.text).toContain('- Strong system design.');
    expect(mail.text).toContain('Mentorship (a concern)');
    expect(mail.text).toContain('Book a coaching call: https://example.test/book');
    expect(mail.text).toContain('Read your full reflection: https://app.test/reflections/s1');
    expect(mail.text).not.toMatch(/\n{3,}/);
    expect(mail.html).toMatch(/^<!doctype html>/i);
    expect(mail.html).toContain('<li>Strong system design.</li>');
    expect(mail.html).toContain('5 out of 10 (your own rating)');
    expect(mail.html).toMatch(/href="https:\/\/example\.test\/book"[^>]*>[\s\S]*Book a coaching call/);
    expect(mail.html).toContain('href="https://app.test/reflections/s1"');
  });

  it('marks an estimate and leaves out an absent call-to-action', async () => {
    const mail = await renderSummaryEmail(
      content({ view: toSummaryEmailView({ ...summary, satisfactionSource: 'estimated' }), cta: null }),
    );
    expect(mail.text).toContain('estimated from your answers');
    expect(mail.text).not.toContain('Book');
    expect(mail.html).not.toContain('Book');
  });

  it('escapes every participant-derived string in the HTML, and keeps the text part as written', async () => {
    const attack = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const view = toSummaryEmailView({
      ...summary,
      overview: attack,
      strengths: [{ text: attack, turnIds: [] }],
      themes: [{ key: 'k', label: attack, sentiment: 0, turnIds: [] }],
    });
    const mail = await renderSummaryEmail(
      content({ displayName: attack, title: attack, view, cta: { text: attack, url: 'javascript:alert(1)' } }),
    );
    expect(mail.html).not.toMatch(/<script|<img|javascript:/i);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(mail.text).toContain(`Hello ${attack},`);
    // A call-to-action address that is not a web address is not a link.
    expect(mail.text).not.toContain('javascript:');
  });

  it('never shows what a participant said of strain, whatever else the summary holds', async () => {
    const strain = 'You told us you sleep four hours a night and cannot keep going.';
    const withStrain = { ...summary, strain, strainNote: strain } as unknown as ReflectionSummaryEntity;
    const mail = await renderSummaryEmail(content({ view: toSummaryEmailView(withStrain) }));
    expect(JSON.stringify(toSummaryEmailView(withStrain))).not.toContain('four hours');
    expect(mail.text).not.toContain('four hours');
    expect(mail.html).not.toContain('four hours');
    expect(mail.text).toContain('Strong system design.');
  });
});
