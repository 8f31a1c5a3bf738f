import { openingOf } from '#llm';
import type { CallToAction, InterviewStage } from './interviewer-state.type.js';

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
  firstStageTopic: string;
  firstQuestion: string;
}

export const DEFAULT_CTA: CallToAction = {
  text: 'Thank you for reflecting today. Complete the session to receive your summary and turn these insights into your next steps.',
  url: null,
};

const score = (value: number): string => `${Number(value.toFixed(1))}/10`;
const quoteList = (items: string[]): string => items.map((item) => `"${item}"`).join(', ');

export function openingMessage(parts: OpeningParts): string {
  const welcome =
    parts.welcomeMessage?.trim() || `Welcome to "${parts.title}". This is your private space to reflect on: ${parts.primaryQuestion}`;
  const paragraphs = [welcome];
  const loop = parts.closedLoop;
  if (loop && (loop.satisfactionScore !== null || loop.openActionCount > 0)) {
    const sentences: string[] = [];
    if (loop.satisfactionScore !== null)
      sentences.push(`Last time you reflected on this, you rated your satisfaction ${score(loop.satisfactionScore)}.`);
    if (loop.openActionCount > 0) {
      const more = loop.openActionCount > loop.openActions.length ? ` and ${loop.openActionCount - loop.openActions.length} more` : '';
      sentences.push(
        `You still have ${loop.openActionCount} open action${loop.openActionCount === 1 ? '' : 's'} from then: ${quoteList(loop.openActions)}${more}. We will come back to ${loop.openActionCount === 1 ? 'it' : 'them'}.`,
      );
    }
    paragraphs.push(sentences.join(' '));
  }
  paragraphs.push('Take your time: you can pause, skip a question or stop whenever you like, and continue later on any device.');
  paragraphs.push(`Let's start with ${parts.firstStageTopic}. ${parts.firstQuestion}`);
  return paragraphs.join('\n\n');
}

const BRIDGES = [
  "Let's look at {topic}.",
  'Now to {topic}.',
  'Turning to {topic}.',
  'Next, {topic}.',
  "Let's move on to {topic}.",
  'On to {topic}.',
];

/** A short bridge into a new stage, worded unlike the bridges already used. */
export function bridgeTo(stage: InterviewStage, usedOpenings: readonly string[]): string {
  const options = BRIDGES.map((b) => b.replace('{topic}', stage.topic));
  return options.find((b) => !usedOpenings.includes(openingOf(b))) ?? options[0]!;
}

const pick = (options: readonly string[], usedOpenings: readonly string[]): string =>
  options.find((o) => !usedOpenings.includes(openingOf(o))) ?? options[0]!;

export const skipAcknowledgement = (used: readonly string[]) =>
  pick(['No problem.', "That's fine, let's leave that one.", 'Sure, we can skip that.', 'Of course.'], used);
export const correctionAcknowledgement = (used: readonly string[]) =>
  pick(['Thanks for putting me right.', 'Got it, thank you for the correction.', "Understood, I'll keep that in mind."], used);
export const gentleAcknowledgement = (used: readonly string[]) =>
  pick(["OK, we'll go gently.", "Thank you, let's take it slowly.", "All right, we'll keep it light."], used);
export const leadAcknowledgement = (topic: string, used: readonly string[]) =>
  pick([`Let's stay with ${topic}.`, `We can talk about ${topic}.`], used);

/** "Of course, we'll stop here." The close a participant asked for: no question, answers saved. */
export function stopMessage(cta: CallToAction): string {
  return `Of course, we'll stop here. Your answers are saved, and you can pick this up any time.\n\n${ctaLine(cta)}\n\nWhen you are ready, complete the session to receive your summary.`;
}

export function pauseMessage(): string {
  return "Of course, let's pause here. Your answers are saved; when you come back, we'll pick up where we left off.";
}

export function welcomeBackMessage(question: string, used: readonly string[]): string {
  return `${pick(['Welcome back.', 'Good to have you back.', 'Picking up where we left off.'], used)} ${question}`;
}

/** The recap and a last open question before the close. */
export function closingCheckMessage(coveredTopics: string[]): { content: string; question: string } {
  const question = 'Before we finish, is there anything we have not talked about that matters to you?';
  const [first, last] = [coveredTopics[0], coveredTopics[coveredTopics.length - 1]];
  const recap = !first ? '' : first === last ? `We've talked about ${first}. ` : `We've talked about ${first} through to ${last}. `;
  return { content: `${recap}${question}`, question };
}

export function closingMessage(cta: CallToAction, reason: 'complete' | 'limit', addition: boolean): string {
  const lead =
    reason === 'limit'
      ? "We've reached the time set aside for this reflection, so let's stop here. Thank you for everything you shared."
      : `${addition ? 'Thank you for adding that. ' : ''}That brings us to the end of this reflection. Thank you for everything you shared.`;
  return `${lead}\n\n${ctaLine(cta)}\n\nWhen you are ready, complete the session to receive your summary.`;
}

const ctaLine = (cta: CallToAction): string => (cta.url ? `${cta.text} ${cta.url}` : cta.text);
