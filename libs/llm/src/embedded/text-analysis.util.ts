import model from 'wink-eng-lite-web-model';
import winkNLP, { type Document, type ItemSentence, type ItsFunction, type WinkMethods } from 'wink-nlp';

/** Lazily built so processes that never use the embedded model never pay for loading it. */
let nlpInstance: WinkMethods | undefined;
function nlp(): WinkMethods {
  // Named-entity and custom-entity recognition are not used: leaving them out roughly halves the cost of a document.
  nlpInstance ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos']);
  return nlpInstance;
}

export interface AnalyzedToken {
  /** Lower-case surface form. */
  normal: string;
  pos: string;
  stop: boolean;
  negated: boolean;
  isWord: boolean;
  /** Whitespace before the token in the source text (used to rebuild phrases). */
  space: string;
  value: string;
  /** First word of a sentence, whose capital letter carries no meaning. */
  sentenceStart: boolean;
}

export interface AnalyzedSentence {
  /** The sentence exactly as it appears in the source text. */
  text: string;
  sentiment: number;
  tokens: AnalyzedToken[];
}

interface Reading {
  doc: Document;
  sentiment: number;
  tokens: AnalyzedToken[];
  /** Porter stems, aligned with `tokens`; computed on first use (they cost more than the rest). */
  stems?: string[];
}

// wink keeps "I'm" as one proper noun, which hides the adjective after it from POS and sentiment.
function normaliseForAnalysis(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bI'm\b/gi, 'I am')
    .replace(/\b(you|we|they)'re\b/gi, '$1 are');
}

// Whole-collection outputs: several times cheaper than reading each token one by one.
function tokensOf(doc: Document): AnalyzedToken[] {
  const { its } = nlp();
  const all = doc.tokens();
  const values = all.out() as string[];
  const normals = all.out(its.normal) as string[];
  const pos = all.out(its.pos) as string[];
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const tokens: AnalyzedToken[] = [];
  let atStart = true;
  for (let i = 0; i < values.length; i++) {
    const isWord = types[i] === 'word';
    const value = values[i]!;
    tokens.push({
      value,
      normal: normals[i]!,
      pos: pos[i]!,
      stop: stops[i]!,
      negated: negations[i]!,
      isWord,
      space: spaces[i]!,
      sentenceStart: isWord && atStart,
    });
    if (isWord) atStart = false;
    if (/^[.!?]+$/.test(value) || types[i] === 'tabCRLF') atStart = true;
  }
  return tokens;
}

/**
 * The NLP readings of one heuristic call. The same text (an answer, its clauses, taxonomy terms)
 * is read many times while a summary or a follow-up is built: each distinct text is analysed once
 * per call. Create one per call; it keeps no text beyond it.
 */
export class TextAnalysis {
  private readonly readings = new Map<string, Reading>();

  /** Splits into sentences (text kept verbatim) with tokens and wink's sentiment (-1..1). */
  sentences(text: string): AnalyzedSentence[] {
    const sentences: AnalyzedSentence[] = [];
    nlp()
      .readDoc(text)
      .sentences()
      .each((sentence: ItemSentence) => {
        const raw = sentence.out().trim();
        if (raw.length === 0) return;
        const { sentiment, tokens } = this.read(raw);
        sentences.push({ text: raw, sentiment, tokens });
      });
    return sentences;
  }

  sentiment(text: string): number {
    return this.read(text).sentiment;
  }

  /** Whether wink marked any word as negated ("not happy", "doesn't notice"). */
  hasNegation(text: string): boolean {
    return this.read(text).tokens.some((token) => token.negated);
  }

  /** Stems of every word token, stop words included, for phrase matching. */
  stemSequence(text: string): string[] {
    const stems = this.stems(text);
    return this.read(text).tokens.flatMap((token, i) => (token.isWord ? [stems[i]!] : []));
  }

  /** Distinct stems of content words (stop words and numbers removed), for term-overlap ranking. */
  contentStems(text: string): string[] {
    const stems = this.stems(text);
    const content = this.read(text).tokens.flatMap((token, i) =>
      token.isWord && !token.stop && token.normal.length > 2 && !/^\d/.test(token.normal) ? [stems[i]!] : [],
    );
    return [...new Set(content)];
  }

  /**
   * Noun phrases in order of appearance, rebuilt from the source spelling: runs of adjectives,
   * nouns and participles ending in a noun (a leading gerund allowed), hyphenated words kept
   * whole, and "X of Y" joined ("lack of mentorship").
   */
  nounPhrases(text: string, options: { keepPossessive?: boolean } = {}): string[] {
    return phrasesOf(this.read(text).tokens, options);
  }

  private read(text: string): Reading {
    let reading = this.readings.get(text);
    if (!reading) {
      const doc = nlp().readDoc(normaliseForAnalysis(text));
      reading = { doc, sentiment: doc.out(nlp().its.sentiment) as number, tokens: tokensOf(doc) };
      this.readings.set(text, reading);
    }
    return reading;
  }

  private stems(text: string): string[] {
    const reading = this.read(text);
    // wink's typings declare stem with an extra `addons` argument the runtime supplies.
    reading.stems ??= reading.doc.tokens().out(nlp().its.stem as unknown as ItsFunction<string>) as string[];
    return reading.stems;
  }
}

// Nouns that say nothing on their own ("a lot", "things").
const GENERIC_NOUNS = new Set([
  'thing',
  'things',
  'lot',
  'lots',
  'way',
  'ways',
  'bit',
  'kind',
  'sort',
  'stuff',
  'something',
  'anything',
  'everything',
  'nothing',
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'year',
  'years',
  'part',
  'point',
  'question',
  'answer',
  'sense',
  'fact',
  'moment',
  'people',
  'i',
  'am',
  'okay',
  'ok',
  'yes',
  'no',
  'home',
  'office',
]);

const NOUNISH = new Set(['NOUN', 'PROPN']);

// Plans are written in the participant's voice, so any possessive becomes "my".
const POSSESSIVES = new Map([
  ['my', 'my'],
  ['your', 'my'],
  ['our', 'our'],
]);

function isPhraseToken(token: AnalyzedToken): boolean {
  return token.isWord && (NOUNISH.has(token.pos) || token.pos === 'ADJ') && !token.stop;
}

/** "distributed" in "distributed systems", "mentoring" in "mentoring junior engineers". */
function isParticiple(token: AnalyzedToken): boolean {
  return token.isWord && token.pos === 'VERB' && !token.stop && /(?:ing|ed)$/.test(token.normal);
}

/** A noun phrase of a token sequence: tokens `start..last` (inclusive), rebuilt from the source spelling. */
export interface PhraseSpan {
  start: number;
  last: number;
  text: string;
}

/**
 * Noun phrases of a token sequence: runs of adjectives, nouns and participles ending in a noun (a
 * leading gerund allowed), hyphenated words kept whole, and "X of Y" joined ("lack of mentorship").
 */
export function phraseSpans(tokens: AnalyzedToken[]): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  // "on-call", "work-life": word, hyphen, word with no spaces in between.
  const hyphenAfter = (k: number) =>
    tokens[k + 1]?.value === '-' && tokens[k + 1]!.space === '' && tokens[k + 2]?.space === '' && !!tokens[k + 2]?.isWord;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const gerundStart = isParticiple(first) && first.normal.endsWith('ing') && !!tokens[i + 1] && isPhraseToken(tokens[i + 1]!);
    if (!isPhraseToken(first) && !gerundStart && !(first.isWord && hyphenAfter(i))) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      const next = tokens[end + 1];
      const after = tokens[end + 2];
      if (hyphenAfter(end)) end += 2;
      else if (next && isPhraseToken(next)) end += 1;
      else if (next && after && isParticiple(next) && isPhraseToken(after)) end += 2;
      else if (next?.normal === 'of' && after && isPhraseToken(after) && NOUNISH.has(tokens[end]!.pos)) end += 2;
      else break;
    }
    // The phrase ends at its last noun, never inside a hyphenated compound ("self" of "self-employed").
    let last = end;
    while (last >= i && (!NOUNISH.has(tokens[last]!.pos) || (last < end && hyphenAfter(last)))) last--;
    if (last >= i && !GENERIC_NOUNS.has(tokens[last]!.normal)) {
      const text = tokens
        .slice(i, last + 1)
        .map((token, k) => (k === 0 ? '' : token.space) + displayForm(token))
        .join('')
        .replace(/\s+/g, ' ');
      if (text.length > 2) spans.push({ start: i, last, text });
    }
    i = end + 1;
  }
  return spans;
}

function phrasesOf(tokens: AnalyzedToken[], options: { keepPossessive?: boolean }): string[] {
  const phrases = phraseSpans(tokens).map((span) => (options.keepPossessive ? withOwner(tokens, span.start, span.text) : span.text));
  return [...new Set(phrases)];
}

/** Prefixes "my" / "my own" when the phrase was introduced by a possessive. */
function withOwner(tokens: AnalyzedToken[], start: number, phrase: string): string {
  const before = tokens[start - 1]?.normal ?? '';
  const owner = POSSESSIVES.get(before === 'own' ? (tokens[start - 2]?.normal ?? '') : before);
  if (!owner) return phrase;
  return before === 'own' ? `${owner} own ${phrase}` : `${owner} ${phrase}`;
}

// Sentence-initial capitals are dropped ("Mentorship is..." -> "mentorship"); acronyms are kept.
function displayForm(token: AnalyzedToken): string {
  if (token.sentenceStart && token.value !== token.value.toUpperCase()) return token.value.toLowerCase();
  return token.value;
}
