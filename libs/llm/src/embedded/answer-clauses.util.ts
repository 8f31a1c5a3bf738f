import type { AnalyzedToken } from './text-analysis.util.js';

/** How the clause a phrase stands in relates to time: a plan or wish is never asked for an example. */
export type ClauseKind = 'plan' | 'past' | 'present';

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'lack', 'lacking']);

/**
 * Tokens a negation covers: from "not", "never", "no"... to the next contrast ("but", "however",
 * ";"), so "I have never managed people, run hiring, or presented to senior leadership" covers all
 * three, while "...not happy with it, but I love writing crisp problem statements" covers the first part only.
 */
export function negationScope(tokens: AnalyzedToken[]): boolean[] {
  let inScope = false;
  return tokens.map((token) => {
    if (CONTRASTS.has(token.normal)) inScope = false;
    const covered = inScope || token.negated;
    if (NEGATIONS.has(token.normal) || token.negated) inScope = true;
    return covered;
  });
}

const CONTRASTS = new Set(['but', 'however', 'though', 'although', 'yet', 'whereas', 'while', ';', 'still']);

const PLAN_CUES =
  /\b(?:will|won'?t|'ll|would|could|should|might|probably|maybe|perhaps|ideally|need to|needs to|have to|has to|must|going to|gonna|plan(?:ning|s)? to|want(?:s)? to|wanna|hope(?:s)? to|would like to|'d like to|intend(?:s)? to|aim(?:ing)? to|mean to|next (?:week|month|quarter|year|cycle|time)|someday|one day|eventually|by the end of|before the next|considering|thinking (?:about|of))\b/i;

const PAST_CUES = /\b(?:last (?:week|month|year|quarter|sprint|time)|ago|yesterday|used to|back then|once|previously|earlier this)\b/i;

const IRREGULAR_PAST = new Set([
  'led',
  'ran',
  'did',
  'made',
  'took',
  'gave',
  'went',
  'had',
  'was',
  'were',
  'built',
  'got',
  'found',
  'left',
  'wrote',
  'taught',
  'brought',
  'felt',
  'thought',
  'became',
  'began',
  'spoke',
  'chose',
  'lost',
  'won',
  'met',
  'kept',
  'held',
  'told',
  'said',
  'saw',
  'came',
  'grew',
  'knew',
]);

const CLAUSE_BREAK = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '—',
  '–',
  'but',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'so',
  'and',
  'or',
  'yet',
]);

export interface Clause {
  tokens: AnalyzedToken[];
  text: string;
  kind: ClauseKind;
  weight: number;
  /** The word or mark that opened it ("but", ","). */
  opener: string;
}

export function clausesOf(tokens: AnalyzedToken[], sentiment: number): Clause[] {
  const clauses: Clause[] = [];
  let current: AnalyzedToken[] = [];
  let opener = '';
  const flush = (next: string) => {
    if (current.some((t) => t.isWord)) {
      const text = current
        .map((t, k) => (k === 0 ? '' : t.space) + t.value)
        .join('')
        .trim();
      clauses.push({ tokens: current, text, kind: kindOf(current, text), weight: 0, opener });
    }
    current = [];
    opener = next;
  };
  for (const token of tokens) {
    if (CLAUSE_BREAK.has(token.normal) || /^[.!?]+$/.test(token.value)) flush(token.normal);
    else current.push(token);
  }
  flush('');
  // The first clause carries the point more often; a charged sentence is worth asking about.
  clauses.forEach((clause, index) => {
    clause.weight = (index === 0 ? 0.5 : 0) + Math.min(1, Math.abs(sentiment) * 2);
  });
  // "I want to move towards team leadership, ideally a lead engineer role": the wish carries on to the end of the sentence.
  clauses.forEach((clause, index) => {
    if (index > 0 && clauses[index - 1]!.kind === 'plan' && !CONTRASTS.has(clause.opener)) clause.kind = 'plan';
  });
  return clauses;
}

function kindOf(tokens: AnalyzedToken[], text: string): ClauseKind {
  if (PLAN_CUES.test(text)) return 'plan';
  const pastVerb = tokens.some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && (IRREGULAR_PAST.has(t.normal) || (/ed$/.test(t.normal) && t.pos === 'VERB')),
  );
  return PAST_CUES.test(text) || pastVerb ? 'past' : 'present';
}
