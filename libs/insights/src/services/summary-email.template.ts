import type { EmailMessage } from '#notifications';
import type { ReflectionSummaryEntity } from '../entities/reflection-summary.entity.js';

export interface SummaryEmailContent {
  to: string;
  displayName: string;
  title: string;
  summary: Pick<ReflectionSummaryEntity, 'overview' | 'satisfactionScore' | 'satisfactionSource' | 'strengths' | 'gaps' | 'themes' | 'opportunities' | 'suggestedActions'>;
  cta: { text: string; url: string | null } | null;
  link: string;
}

const bullets = (items: string[]) => items.map((item) => `- ${item}`);

function section(title: string, items: string[]): string[] {
  return items.length ? ['', title, ...bullets(items)] : [];
}

function tone(sentiment: number): string {
  if (sentiment <= -0.15) return 'a concern';
  if (sentiment >= 0.15) return 'going well';
  return 'mixed';
}

/** Plain-text summary email: the Magic Summary, then the template's call-to-action. */
export function renderSummaryEmail(content: SummaryEmailContent): EmailMessage {
  const { summary } = content;
  const score =
    summary.satisfactionScore === null
      ? []
      : ['', `Satisfaction: ${summary.satisfactionScore} out of 10 (${summary.satisfactionSource === 'participant' ? 'your own rating' : 'estimated from your answers'})`];
  const lines = [
    `Hello ${content.displayName},`,
    '',
    `Here is the summary of your reflection "${content.title}".`,
    '',
    summary.overview,
    ...score,
    ...section('Strengths', summary.strengths.map((c) => c.text)),
    ...section('Gaps to work on', summary.gaps.map((c) => c.text)),
    ...section('Themes', summary.themes.map((t) => `${t.label} (${tone(t.sentiment)})`)),
    ...section('Opportunities', summary.opportunities),
    ...section('Suggested next steps', summary.suggestedActions),
    ...(content.cta ? ['', content.cta.url ? `${content.cta.text}: ${content.cta.url}` : content.cta.text] : []),
    '',
    `Read your full reflection: ${content.link}`,
    '',
    'This summary is private to you. Nobody else receives it unless you choose to share your reflection.',
  ];
  return { to: content.to, subject: `Your reflection summary: ${content.title}`, text: lines.join('\n') };
}
