/** Coaches write questions in the participant's voice ("How satisfied am I..."); the interviewer asks in the second person. */
export function toSecondPerson(question: string): string {
  return question
    .replace(/\b(am|was) I\b/g, (_, verb: string) => (verb === 'am' ? 'are you' : 'were you'))
    .replace(/\bI am\b/g, 'you are')
    .replace(/\bI was\b/g, 'you were')
    .replace(/\bI'm\b/g, "you're")
    .replace(/\bI've\b/g, "you've")
    .replace(/\bI'd\b/g, "you'd")
    .replace(/\bI'll\b/g, "you'll")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmyself\b/g, 'yourself')
    .replace(/\bMyself\b/g, 'Yourself')
    .replace(/\bmine\b/g, 'yours')
    .replace(/\bmy\b/g, 'your')
    .replace(/\bMy\b/g, 'Your')
    .replace(/\bme\b/g, 'you')
    .replace(/\bMe\b/g, 'You')
    .replace(/^you\b/, 'You');
}

const LEADING = [
  /\bdon'?t you (?:think|agree|feel)\b/i,
  /\bwouldn'?t you (?:say|agree)\b/i,
  /\bisn'?t it\b/i,
  /\baren'?t you\b/i,
  /\b(?:surely|obviously|clearly)\b/i,
  /\byou (?:must|should) (?:feel|be|agree)\b/i,
  /\bright\?\s*$/i,
];
const WH_WORD = /\b(?:what|how|why|which|where|when|who|whom|whose)\b/i;
const INVITATION = /\b(?:tell me|describe|walk me through|say more|share|explain|talk about|think of|give an example)\b/i;
const YES_NO_START = /^(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|may|might|must)\b/i;

/**
 * An acceptable interviewer question: one open, non-leading question (a wh-question or an
 * invitation to describe), of a sensible length. Model-written follow-ups that fail this check
 * are replaced by the planned question.
 */
export function isOpenQuestion(question: string): boolean {
  const text = question.trim();
  if (text.length < 8 || text.length > 400 || !text.includes('?')) return false;
  if (LEADING.some((pattern) => pattern.test(text))) return false;
  if (WH_WORD.test(text) || INVITATION.test(text)) return true;
  return !YES_NO_START.test(text);
}
