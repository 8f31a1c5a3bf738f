import { reflectableClauses } from '#llm';

export const DEFAULT_SUPPORT_RESOURCES =
  "Support is available. Consider talking to someone you trust, your doctor, or your organisation's employee assistance programme if it has one. " +
  'If you are in immediate danger or thinking about harming yourself, please contact your local emergency number or a crisis helpline now.';

/** The question of a first support turn: the only either/or the interviewer asks. */
export const SUPPORT_OFFER = 'Would you like to go on, take a break, or stop here?';

const DISTRESS_CUE =
  /\b(?:burn(?:ed|t)?[- ]?out|exhausted|overwhelm\w*|can'?t|cannot|hopeless|sleep\w*|cry\w*|worthless|empty|numb|anxious|panic|stress\w*|workload|too much|struggl\w*|drown\w*|breaking|falling apart|depress\w*|coping|alone|strengths|worth\w*|failure|useless|good enough)\b/i;

const resourcesOf = (configured: string | null): string => configured?.trim() || DEFAULT_SUPPORT_RESOURCES;

/** What the person said, plainly: their first distress clause turned to "you", if one reads well. */
function reflected(answer: string): string {
  const clause = reflectableClauses(answer).find((c) => DISTRESS_CUE.test(c));
  return clause
    ? `It sounds like ${clause}, and that matters more than any career question.`
    : 'It sounds like you are carrying a lot right now, and that matters more than any career question.';
}

/**
 * The first reply to distress: reflects what they said, says the topic can wait, gives the
 * resources and offers to go on, pause or stop. No career question, no diagnosis, no advice.
 */
export function firstSupportMessage(answer: string, resources: string | null): { statement: string; question: string } {
  return {
    statement: [
      `${reflected(answer)} This topic can wait.`,
      resourcesOf(resources),
      'Everything you have written is saved and private to you.',
    ].join('\n\n'),
    question: SUPPORT_OFFER,
  };
}

// Later disclosures: two sentences, each worded unlike the others, pointing back to the resources.
const LATER_SUPPORT: ReadonlyArray<readonly [string, string]> = [
  ['That sounds like a lot to carry, and the support I mentioned earlier is there whenever you want it.', 'Would you like to pause here?'],
  ['I hear how hard this is right now.', 'Would you rather take a break, with the support options from earlier in mind?'],
  ['Thank you for telling me; we can stop at any point.', 'Shall we pause for today?'],
  ['That matters, and it is fine to leave the rest for another day.', 'Would a break help now?'],
  ['You do not have to go on with this today, and the support from earlier still stands.', 'Shall we stop here for now?'],
];

/** A later disclosure's reply: short, unlike the earlier support turns, with a pause offer. */
export function laterSupportMessage(supportTurns: number): { statement: string; question: string } {
  const [statement, question] = LATER_SUPPORT[(Math.max(1, supportTurns) - 1) % LATER_SUPPORT.length]!;
  return { statement, question };
}

/**
 * Risk to life: the resources come first, then that this is an AI that cannot help in an
 * emergency, then a push to reach a person now. The session is paused; nothing is asked.
 */
export function crisisMessage(resources: string | null, earlierCrisis: boolean): string {
  const care = earlierCrisis
    ? 'I am still an AI and cannot help in an emergency. Please reach a person now: someone you trust, a crisis line or your local emergency number.'
    : 'What you are describing sounds really serious, and your safety matters more than anything here. I am an AI and cannot help in an emergency: please contact someone you trust, a crisis line or your local emergency number now.';
  const pause = earlierCrisis
    ? 'This reflection stays paused; your answers are kept private to you.'
    : 'I have paused this reflection. Everything you wrote is saved and private to you, and you can come back to it whenever you choose.';
  return [resourcesOf(resources), care, pause].join('\n\n');
}
