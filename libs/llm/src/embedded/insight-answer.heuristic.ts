import type { InsightAnswer, InsightAnswerInput, InsightCitation, InsightPassage } from '../prompts/insight-answer.schema.js';
import { MAX_EXCERPT_CHARS } from '../prompts/insight-answer.schema.js';
import { listPhrases, shorten } from './heuristic.util.js';
import { readClause } from './sentiment-cues.util.js';
import { TextAnalysis } from './text-analysis.util.js';

const MAX_SOURCES = 3;

interface Ranked {
  passage: InsightPassage;
  score: number;
  matched: string[];
  sentence: string;
}

/**
 * Ranks passages by overlap of content-word stems with the question (rarer shared terms weigh
 * more), quotes the best-matching sentence of the top passages and cites them with exact excerpts.
 */
export function buildInsightAnswer(input: InsightAnswerInput): InsightAnswer {
  const analysis = new TextAnalysis();
  const questionStems = analysis.contentStems(input.question);
  const passageStems = input.passages.map((p) => new Set(analysis.contentStems(p.content)));
  const weight = (stem: string) => {
    const df = passageStems.filter((stems) => hasStem(stems, stem)).length;
    return Math.log(1 + input.passages.length / (1 + df)) + 0.1;
  };
  const ranked: Ranked[] = input.passages
    .map((passage, i) => {
      const matched = questionStems.filter((stem) => hasStem(passageStems[i]!, stem));
      return { passage, matched, score: matched.reduce((sum, stem) => sum + weight(stem), 0), sentence: bestSentence(passage.content, questionStems, analysis), index: i };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, MAX_SOURCES);

  if (ranked.length === 0) {
    return {
      answer: `None of the ${input.passages.length} passages speaks directly to this question. Try rephrasing it or including more sessions.`,
      citations: [],
    };
  }
  return { answer: compose(input, ranked, analysis), citations: ranked.map(toCitation) };
}

function bestSentence(content: string, questionStems: string[], analysis: TextAnalysis): string {
  const sentences = analysis.sentences(content);
  let best = sentences[0]?.text ?? content;
  let bestOverlap = -1;
  for (const sentence of sentences) {
    const stems = new Set(analysis.contentStems(sentence.text));
    const overlap = questionStems.filter((stem) => hasStem(stems, stem)).length;
    if (overlap > bestOverlap) {
      best = sentence.text;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** An exact substring of the passage, at most 200 characters, cut at a word boundary. */
function toCitation({ passage, sentence }: Ranked): InsightCitation {
  const source = passage.content.includes(sentence) ? sentence : passage.content.trim();
  let excerpt = source;
  if (excerpt.length > MAX_EXCERPT_CHARS) {
    const cut = excerpt.slice(0, MAX_EXCERPT_CHARS);
    const space = cut.lastIndexOf(' ');
    excerpt = (space > 40 ? cut.slice(0, space) : cut).trimEnd();
  }
  return { sessionId: passage.sessionId, turnId: passage.turnId, excerpt };
}

function compose(input: InsightAnswerInput, ranked: Ranked[], analysis: TextAnalysis): string {
  const sessions = new Set(ranked.map((r) => r.passage.sessionId)).size;
  const terms = surfaceTerms(input.question, [...new Set(ranked.flatMap((r) => r.matched))], analysis).slice(0, 3);
  const sentences = [
    `${ranked.length} of the ${input.passages.length} passages, from ${sessions} ${sessions === 1 ? 'session' : 'sessions'}, ${ranked.length === 1 ? 'addresses' : 'address'} this${terms.length > 0 ? `, mainly around ${listPhrases(terms)}` : ''}.`,
  ];
  const readings = ranked.map((r) => readClause(r.sentence, analysis));
  ranked.slice(0, 2).forEach((r, i) => {
    const polarity = readings[i]!.polarity;
    const lead = i === 0 ? 'One participant' : 'Another';
    const verb = polarity <= -0.25 ? 'raises a concern' : polarity >= 0.3 ? 'speaks positively' : 'notes';
    sentences.push(`${lead} ${verb}: "${shorten(r.sentence, 140)}"`);
  });
  const mean = readings.reduce((sum, r) => sum + r.polarity, 0) / readings.length;
  sentences.push(`Overall the tone of these answers is ${mean <= -0.2 ? 'mostly negative' : mean >= 0.2 ? 'mostly positive' : 'mixed'}.`);
  return sentences.join(' ');
}

/** Question words (as the coach wrote them) whose stems were found in the passages. */
function surfaceTerms(question: string, stems: string[], analysis: TextAnalysis): string[] {
  const words = question.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  return stems
    .map((stem) => words.find((word) => analysis.contentStems(word)[0] === stem))
    .filter((word): word is string => word !== undefined);
}

/** Exact stem, or one stem extending the other ("mentor" / "mentorship"), which Porter keeps apart. */
function hasStem(stems: ReadonlySet<string>, stem: string): boolean {
  if (stems.has(stem)) return true;
  if (stem.length < 5) return false;
  for (const other of stems) if (other.length >= 5 && (other.startsWith(stem) || stem.startsWith(other))) return true;
  return false;
}
