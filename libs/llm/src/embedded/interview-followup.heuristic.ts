import type {
  InterviewFollowup,
  InterviewFollowupInput,
  SentimentHint,
} from '../prompts/interview-followup.schema.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { CLOSING_FALLBACKS, FOLLOWUP_TEMPLATES } from './followup-templates.js';
import { fill, shorten } from './heuristic.util.js';
import { INTERVIEW_STAGES } from './question-banks.js';
import { readClause, splitClauses } from './sentiment-cues.util.js';
import { TextAnalysis } from './text-analysis.util.js';

type Tone = 'positive' | 'negative' | 'mixed';

/**
 * Chooses the next interviewer question: candidates are generated for the requested need, from
 * the most relevant phrase of the answer down to generic wordings, and the first one not already
 * asked wins. A question is therefore never repeated, however often the same need comes up.
 */
export function buildFollowup(input: InterviewFollowupInput): InterviewFollowup {
  const asked = new Set([...input.askedQuestions, input.lastQuestion].map(normalizeForCompare));
  const fresh = (question: string) => !asked.has(normalizeForCompare(question));
  const question = candidates(input, new TextAnalysis()).find(fresh) ?? numberedFallback(input, fresh);
  return { question };
}

function candidates(input: InterviewFollowupInput, analysis: TextAnalysis): string[] {
  const stageTitle = input.stage.title.trim() || 'this topic';
  const stage = INTERVIEW_STAGES.find((s) => s.key === input.stage.key);
  const tail = [
    ...(input.plannedNextQuestion ? [input.plannedNextQuestion] : []),
    ...(stage?.questions ?? []).map(toSecondPerson),
    ...CLOSING_FALLBACKS.map((t) => fill(t, { stage: stageTitle })),
  ];
  switch (input.needs) {
    case 'probe_vague':
      return [...withPhrases(FOLLOWUP_TEMPLATES.probe_vague, rankedPhrases(input, analysis)), ...FOLLOWUP_TEMPLATES.probe_vague_general, ...tail];
    case 'ask_example':
      return [...withPhrases(FOLLOWUP_TEMPLATES.ask_example, rankedPhrases(input, analysis)), ...FOLLOWUP_TEMPLATES.ask_example_general, ...tail];
    case 'explore_sentiment': {
      const { tone, phrases } = toneAndPhrases(input, analysis);
      const templates = tone === 'positive' ? FOLLOWUP_TEMPLATES.explore_positive : tone === 'negative' ? FOLLOWUP_TEMPLATES.explore_negative : FOLLOWUP_TEMPLATES.explore_mixed;
      return [...withPhrases(templates, phrases), ...withPhrases(FOLLOWUP_TEMPLATES.explore_mixed, phrases), ...tail];
    }
    case 'ask_rating': {
      const topics = [stage?.ratingTopic, primaryTopic(input.primaryQuestion, analysis), 'how things are going for you at the moment'];
      return [...topics.filter((t): t is string => !!t).flatMap((topic) => FOLLOWUP_TEMPLATES.ask_rating.map((t) => fill(t, { topic }))), ...tail];
    }
    case 'none':
    default:
      return tail;
  }
}

function withPhrases(templates: readonly string[], phrases: string[]): string[] {
  return phrases.flatMap((phrase) => templates.map((template) => fill(template, { phrase })));
}

/** Phrases of the answer, most telling first: longer phrases and ones the question did not already use. */
function rankedPhrases(input: InterviewFollowupInput, analysis: TextAnalysis, text = input.lastAnswer): string[] {
  const asked = normalizeForCompare(`${input.lastQuestion} ${input.primaryQuestion}`);
  return analysis
    .nounPhrases(text)
    .map((phrase, index) => {
      const words = Math.min(3, phrase.split(/[\s-]+/).length);
      const novel = asked.includes(normalizeForCompare(phrase)) ? 0 : 2;
      return { phrase: shorten(phrase, 60), score: words + novel, index };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map((entry) => entry.phrase);
}

/** Tone from the caller's hint when given, else from the answer; phrases from the most charged clause first. */
function toneAndPhrases(input: InterviewFollowupInput, analysis: TextAnalysis): { tone: Tone; phrases: string[] } {
  const clauses = analysis
    .sentences(input.lastAnswer)
    .flatMap((s) => splitClauses(s.text))
    .map((clause) => readClause(clause, analysis));
  const average = clauses.length > 0 ? clauses.reduce((sum, c) => sum + c.polarity, 0) / clauses.length : 0;
  const tone = toneOf(input.sentimentHint, average);
  const charged = [...clauses].sort((a, b) =>
    tone === 'negative' ? a.polarity - b.polarity : tone === 'positive' ? b.polarity - a.polarity : Math.abs(b.polarity) - Math.abs(a.polarity),
  );
  const phrases = [...new Set([...charged.flatMap((c) => rankedPhrases(input, analysis, c.text)), ...rankedPhrases(input, analysis)])];
  return { tone, phrases: phrases.slice(0, 3) };
}

function toneOf(hint: SentimentHint | number | undefined, average: number): Tone {
  if (typeof hint === 'number') return hint > 0.2 ? 'positive' : hint < -0.2 ? 'negative' : 'mixed';
  if (hint === 'positive' || hint === 'negative') return hint;
  if (hint === 'mixed' || hint === 'neutral') return 'mixed';
  return average > 0.2 ? 'positive' : average < -0.15 ? 'negative' : 'mixed';
}

/** "your engineering management" from "Should I move into engineering management?". */
function primaryTopic(primaryQuestion: string, analysis: TextAnalysis): string | undefined {
  const phrase = analysis.nounPhrases(primaryQuestion, { keepPossessive: true })[0];
  if (!phrase) return undefined;
  return /^(my|our) /.test(phrase) ? phrase.replace(/^(my|our) /, 'your ') : phrase;
}

/** Plan questions are first person; the interviewer asks in the second person. */
export function toSecondPerson(question: string): string {
  return question
    .replace(/\bam I\b/g, 'are you')
    .replace(/\bI am\b/g, 'you are')
    .replace(/\bI'm\b/g, "you're")
    .replace(/\bI've\b/g, "you've")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmyself\b/gi, 'yourself')
    .replace(/\bmy\b/g, 'your')
    .replace(/\bMy\b/g, 'Your')
    .replace(/\bme\b/g, 'you');
}

function numberedFallback(input: InterviewFollowupInput, fresh: (q: string) => boolean): string {
  const stage = input.stage.title.trim() || 'this topic';
  for (let n = 2; ; n++) {
    const question = `What else would you like to add about ${stage}? (follow-up ${n})`;
    if (fresh(question)) return question;
  }
}
