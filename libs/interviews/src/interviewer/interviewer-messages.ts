import type { DistressLevel } from './distress-detector.util.js';
import type { CallToAction } from './interviewer-state.type.js';

/** What the participant's previous completed session of the same template left behind. */
export interface ClosedLoop {
  satisfactionScore: number | null;
  /** Titles of still-open action items (TODO / IN_PROGRESS), most urgent first. */
  openActions: string[];
  openActionCount: number;
}

export interface OpeningParts {
  title: string;
  welcomeMessage: string | null;
  primaryQuestion: string;
  closedLoop: ClosedLoop | null;
  firstStageTitle: string;
  firstQuestion: string;
}

export const DEFAULT_SUPPORT_RESOURCES =
  'Support is available. Consider talking to someone you trust, your doctor, or your organisation\'s employee assistance programme if it has one. ' +
  'If you are in immediate danger or thinking about harming yourself, please contact your local emergency number or a crisis helpline now.';

export const DEFAULT_CTA: CallToAction = {
  text: 'Thank you for reflecting today. Complete the session to receive your summary and turn these insights into your next steps.',
  url: null,
};

const score = (value: number): string => `${Number(value.toFixed(1))}/10`;
const quoteList = (items: string[]): string => items.map((item) => `"${item}"`).join(', ');

export function openingMessage(parts: OpeningParts): string {
  const welcome = parts.welcomeMessage?.trim() || `Welcome to "${parts.title}". This is your private space to reflect on: ${parts.primaryQuestion}`;
  const paragraphs = [welcome];
  const loop = parts.closedLoop;
  if (loop && (loop.satisfactionScore !== null || loop.openActionCount > 0)) {
    const sentences: string[] = [];
    if (loop.satisfactionScore !== null) sentences.push(`Last time you reflected on this, you rated your satisfaction ${score(loop.satisfactionScore)}.`);
    if (loop.openActionCount > 0) {
      const more = loop.openActionCount > loop.openActions.length ? ` and ${loop.openActionCount - loop.openActions.length} more` : '';
      sentences.push(`You still have ${loop.openActionCount} open action${loop.openActionCount === 1 ? '' : 's'} from then: ${quoteList(loop.openActions)}${more}. We will come back to ${loop.openActionCount === 1 ? 'it' : 'them'}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push('Take your time: you can pause whenever you like and continue later on any device.');
  paragraphs.push(`Let's start with ${parts.firstStageTitle.toLowerCase()}. ${parts.firstQuestion}`);
  return paragraphs.join('\n\n');
}

/** A question, introduced when it opens a new stage. */
export function plannedMessage(question: string, newStageTitle: string | null): string {
  return newStageTitle ? `Thank you. Let's turn to ${newStageTitle.toLowerCase()}. ${question}` : question;
}

export function closingMessage(cta: CallToAction, reason: 'complete' | 'limit'): string {
  const lead =
    reason === 'limit'
      ? "We've reached the time set aside for this reflection, so let's stop here. Thank you for everything you shared."
      : "That brings us to the end of this reflection. Thank you for everything you shared.";
  const action = cta.url ? `${cta.text} ${cta.url}` : cta.text;
  return `${lead}\n\n${action}\n\nWhen you are ready, complete the session to receive your summary.`;
}

const SUPPORT_QUESTIONS = [
  'If you would like to keep going, what would feel most helpful to talk about next?',
  'Whenever you are ready, what would you like to focus on from here?',
  'If you want to continue, which part of your work would you prefer to reflect on now?',
];

/**
 * A caring reply to an answer that signals distress: acknowledges it, offers to pause, and shows
 * the organisation's support resources. `attempt` picks an unused closing question; once they are
 * used up, `fallbackQuestion` (the next planned one) continues the interview instead.
 */
export function supportMessage(level: DistressLevel, resources: string | null, attempt: number, fallbackQuestion: string | null): { content: string; question: string | null } {
  const care =
    level === 'crisis'
      ? 'Thank you for telling me. What you are describing sounds really painful, and you deserve support right now. Your safety matters more than this reflection.'
      : 'Thank you for sharing that. It sounds like you are carrying a lot at the moment, and that matters more than any plan.';
  const pause = 'It is completely fine to pause here and come back later; everything you wrote is saved and private to you.';
  const question = SUPPORT_QUESTIONS[attempt] ?? fallbackQuestion;
  const body = [care, resources?.trim() || DEFAULT_SUPPORT_RESOURCES, pause];
  if (question) body.push(question);
  return { content: body.join('\n\n'), question };
}
