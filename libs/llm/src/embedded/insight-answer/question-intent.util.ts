import type { StatementKind } from '../statements/statement-kind.util.js';

/**
 * What a participant's question about their own reflections asks for, read by meaning: what they
 * said they would do, what worries them, what they are good at, what gives or drains energy, what
 * would help. Each asked-for group is answered from the statements of the matching kinds, so that
 * "What did I say I would do before the next promotion cycle?" finds "I will ask my director for a
 * mentor" although the two share no word.
 */
export type AskedFor = 'intentions' | 'worries' | 'gaps' | 'strengths' | 'energy' | 'drains' | 'needs';

export interface QuestionIntent {
  /** The groups asked for, in the order the answer presents them. */
  asks: AskedFor[];
  /** The statement kinds that answer them. */
  kinds: StatementKind[];
}

const ASKS: ReadonlyArray<{ group: AskedFor; cue: RegExp; kinds: StatementKind[] }> = [
  {
    group: 'intentions',
    cue: /\bwhat (?:did|do|have|had) i (?:say|said|tell|told) (?:that )?i(?:'d| would| will|'ll| was going to| am going to| wanted to| want to| planned to| plan to| should)\b|\bwhat (?:did|have|had) i (?:decide|decided|promise|promised|commit|committed|agree|agreed)\b|\bi(?:'d| would| will|'ll) (?:do|try|change|start|stop)\b|\b(?:my |the )?(?:commitments?|intentions?|plans?|next steps?|action items?|to-?dos?|resolutions?)\b|\bwhat (?:am|was) i going to\b|\b(?:intend|intended|planned|planning|promised|committed) to\b|\bwhat (?:will|should|shall) i do\b|\bwhat i (?:want|wanted|meant|mean|need|needed) to do\b/i,
    kinds: ['intention'],
  },
  {
    group: 'worries',
    cue: /\bworr\w*|\bconcern\w*|\banxi\w*|\bafraid\b|\bfears?\b|\bstress\w*|\bbother\w*|\bholds? me back\b|\bholding me back\b|\bstruggl\w*|\bproblems?\b|\bunhappy\b|\bdissatisf\w*|\bnot going well\b|\bgoing wrong\b|\bwhat(?:'s| is) wrong\b|\bupset\w*|\bkeeps? me up\b/i,
    kinds: ['gap', 'drain'],
  },
  {
    group: 'gaps',
    cue: /\bgaps?\b|\bweak\w*|\bimprove\b|\bget better at\b|\bdevelopment areas?\b|\bwhat (?:do|should|would) i (?:need to )?(?:learn|develop|build)\b|\bmissing\b|\black\w*|\bpreventing me\b|\bblock\w*|\bobstacles?\b|\bchallenges?\b|\bdifficult\w*|\bhard for me\b|\bleast confident\b/i,
    kinds: ['gap'],
  },
  {
    group: 'strengths',
    cue: /\bstrengths?\b|\bstrong(?:est)? (?:at|in|points?)\b|\bgood at\b|\b(?:what|which) (?:do|did) (?:i|people|colleagues|others) (?:do well|come to me for|value)\b|\bdo well\b|\bproud\b|\bexcel\w*\b|\bvalue (?:i|do i) bring\b|\bunique value\b|\bwhat am i good\b/i,
    kinds: ['strength'],
  },
  {
    group: 'energy',
    cue: /\benergi\w*|\benergy\b|\benjoy\w*|\bmotivat\w*|\bexcit\w*|\bwhat do i (?:like|love)\b|\bbest part\b|\bsatisfying\b|\bfulfil\w*/i,
    kinds: ['energy'],
  },
  {
    group: 'drains',
    cue: /\bdrain\w*|\bexhaust\w*|\btir(?:ed|ing)\b|\bfrustrat\w*|\bdread\w*|\bwear(?:s|ing)? me (?:out|down)\b|\bwhat do i (?:hate|dislike)\b|\bburn(?:ing|ed|t)? ?out\b/i,
    kinds: ['drain'],
  },
  {
    group: 'needs',
    cue: /\bwhat (?:would|could|might|will) help\b|\bwhat (?:support|help) (?:do|did|would) i\b|\bwhat do i need\b|\bwho (?:could|can|would) help\b/i,
    kinds: ['need'],
  },
];

const ABOUT_THEMES = /\b(?:themes?|patterns?|common threads?)\b/i;

/** The groups a question asks for (none for a question about a topic, e.g. "What did I say about my manager?"). */
export function readQuestionIntent(question: string): QuestionIntent {
  // "What themes emerge in my satisfaction and dissatisfaction?" asks for themes, answered from the coded ones.
  if (ABOUT_THEMES.test(question)) return { asks: [], kinds: [] };
  const matched = ASKS.filter((ask) => ask.cue.test(question));
  // "What drains my energy?" asks for drains only; "energy" there is not a wish to hear what energises.
  const asks = matched.filter(
    (ask) => !(ask.group === 'energy' && matched.some((m) => m.group === 'drains') && !/\b(?:gives?|energi\w*|enjoy\w*)\b/i.test(question)),
  );
  return { asks: asks.map((a) => a.group), kinds: [...new Set(asks.flatMap((a) => a.kinds))] };
}

/** The statement kinds that answer one group. */
export const kindsFor = (group: AskedFor): StatementKind[] => ASKS.find((a) => a.group === group)!.kinds;

/** Worry words the statement reader has no kind for ("I worry I am invisible to senior leadership"). */
export const WORRY =
  /\b(?:i(?:'m| am)? (?:worried|anxious|afraid|scared|nervous|concerned)|i worry|i fear|my (?:worry|concern|fear) is|keeps me up|what worries me|i(?:'m| am) not sure (?:i|if|whether) (?:can|will|could)|burn(?:t|ed) out|can'?t cope|cannot cope|overwhelmed|drowning|can'?t keep going)\b/i;
