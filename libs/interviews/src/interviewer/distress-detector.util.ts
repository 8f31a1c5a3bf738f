export type DistressLevel = 'crisis' | 'distress';

// Curated phrases. Self-harm and suicidal language always counts: a false alarm costs a kind
// message, a miss costs far more.
const CRISIS = [
  /\bkill(?:ing)? myself\b/,
  /\b(?:end|ending|take|taking) my (?:own )?life\b/,
  /\bend it all\b/,
  /\bsuicid\w*/,
  /\bself[- ]?harm\w*/,
  /\b(?:harm|hurt|hurting|harming|cut|cutting) myself\b/,
  /\b(?:don'?t|do not|no longer) want to (?:live|be alive|be here anymore|exist)\b/,
  /\b(?:no reason|nothing) to live for\b|\bno reason to live\b/,
  /\bbetter off (?:dead|without me)\b/,
  /\b(?:want|wanted) to die\b/,
  /\bwish (?:i|I) (?:was|were) (?:dead|not here|never born)\b/,
  /\bnot worth living\b/,
];

// Hopelessness and burnout crisis: counted when the answer reads negative overall.
const DISTRESS = [
  /\bhopeless(?!\s+at\b)/,
  /\bno hope\b/,
  /\b(?:can'?t|cannot) (?:go on|cope|take (?:it|this) any ?more|keep going|do this any ?more)\b/,
  /\bnot coping\b/,
  /\bbreaking point\b/,
  /\bfalling apart\b/,
  /\b(?:nervous )?breakdown\b/,
  /\bpanic attacks?\b/,
  /\b(?:completely|totally|utterly|severely) burn(?:ed|t)[- ]out\b|\bburn(?:ed|t)[- ]out (?:completely|totally)\b|\bsevere burnout\b/,
  /\bcry(?:ing)? every (?:day|night)\b/,
  /\bcan'?t get out of bed\b/,
  /\bno way out\b/,
  /\bnothing matters(?: any ?more)?\b/,
  /\bwhat'?s the point(?: of anything| any ?more)\b/,
  /\b(?:i feel|feeling) (?:worthless|empty|numb)\b/,
  /\b(?:depressed|depression)\b/,
  /\bend of my (?:rope|tether)\b/,
  /\bdesperate\b/,
];

// Low mood about oneself: met with care even when the words read calm.
const LOW_MOOD = [
  /\b(?:don'?t|do not) (?:feel like i )?have any (?:strengths|talents|skills|value)\b/,
  /\bi(?:'m| am) (?:no good|useless|a failure|worthless|not good at anything)\b/,
  /\bnothing i do (?:is|feels) (?:good|right|enough)\b/,
  /\bi(?:'m| am) (?:drowning|at breaking point)\b|\bfeel like i'?m drowning\b/,
];

const WELLBEING = /\b(?:exhausted|anxious|anxiety|overwhelmed|despair|dread|lonely|alone|can'?t sleep|insomnia)\b/;

/**
 * Whether an answer signals distress or crisis: the curated phrase lists plus the NLP model's
 * sentiment. The result only changes the interviewer's next turn; it is never stored, reported
 * or logged.
 */
export function detectDistress(answer: string, sentiment: number): DistressLevel | null {
  const text = answer.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (CRISIS.some((pattern) => pattern.test(text))) return 'crisis';
  const hits = DISTRESS.filter((pattern) => pattern.test(text)).length;
  if (hits >= 2 || (hits === 1 && sentiment <= 0)) return 'distress';
  if (LOW_MOOD.some((pattern) => pattern.test(text))) return 'distress';
  if (WELLBEING.test(text) && sentiment <= -0.5) return 'distress';
  return null;
}
