import { asksForRating, findRating } from '#llm';

export { asksForRating, findRating };

/** What the interviewer notices in an answer; decides whether and how to follow up. */
export interface AnswerAnalysis {
  words: number;
  /** Too short or non-committal to build on. */
  vague: boolean;
  /** Mentions a concrete situation, time or example. */
  hasExample: boolean;
  /** -1..1, from the NLP model's lexicon sentiment and emotion cues. */
  sentiment: number;
  /** A strongly positive or negative statement worth exploring. */
  strongSentiment: boolean;
  /** Its tone: both kinds of cue make it mixed. */
  tone: 'positive' | 'negative' | 'mixed' | 'neutral';
  /** A 0-10 self-rating of satisfaction, when the answer gives one. */
  rating: number | null;
}

const VAGUE_OPENERS =
  /^(?:not sure|i'?m not sure|i don'?t know|i dont know|dunno|idk|no idea|hard to say|it depends|depends|fine|it'?s fine|okay|ok|good|alright|nothing|not much|same as (?:usual|always|before)|as usual|whatever|n\/a|yes|no|meh)\b/i;

const EXAMPLE_CUES =
  /\b(?:for example|for instance|e\.g\.|such as|like when|last (?:week|month|year|quarter|sprint|time)|yesterday|recently|this (?:week|month|year|quarter)|one time|a few (?:weeks|months) ago|when i (?:led|built|worked|did|was|had|ran|designed|helped|mentored|joined|moved|started|shipped|presented))\b|\b(?:19|20)\d{2}\b/i;

const POSITIVE_CUES =
  /\b(?:love|loved|passionate|thrilled|amazing|fantastic|excited|proud|thrive|enjoy(?:s|ed)? (?:it )?(?:a lot|so much|immensely)|energi[sz]ed|fulfil(?:l)?ing|brilliant|best part)\b/i;
const NEGATIVE_CUES =
  /\b(?:hate|hated|frustrat\w*|miserable|exhaust\w*|dread\w*|furious|angry|awful|terrible|demotivat\w*|stress\w*|overwhelm\w*|undervalued|overlooked|bored|drain\w*|unfair|worst)\b/i;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Reads an answer. `sentiment` comes from the NLP model (-1..1); `scaleAsked` says whether the
 * question was a rating question, so a bare "7" counts as a rating there.
 */
export function analyzeAnswer(answer: string, context: { sentiment: number; scaleAsked: boolean }): AnswerAnalysis {
  const text = answer.trim();
  const words = countWords(text);
  const rating = findRating(text, context.scaleAsked);
  const answeredScale = context.scaleAsked && rating !== null;
  const vague = !answeredScale && (words < 6 || (words < 15 && VAGUE_OPENERS.test(text)));
  const positive = POSITIVE_CUES.test(text);
  const negative = NEGATIVE_CUES.test(text);
  const cueShift = (positive ? 0.35 : 0) - (negative ? 0.35 : 0);
  const sentiment = Math.max(-1, Math.min(1, context.sentiment + cueShift));
  const tone =
    positive && negative
      ? 'mixed'
      : negative || context.sentiment <= -0.4
        ? 'negative'
        : positive || context.sentiment >= 0.4
          ? 'positive'
          : 'neutral';
  return {
    words,
    vague,
    hasExample: EXAMPLE_CUES.test(text),
    sentiment: Math.round(sentiment * 100) / 100,
    strongSentiment: !vague && tone !== 'neutral',
    tone,
    rating,
  };
}
