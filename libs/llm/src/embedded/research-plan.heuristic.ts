import type { ResearchPlan, ResearchPlanInput, ResearchPlanStage } from '../prompts/research-plan.schema.js';
import { asQuestion } from '../util/prompt.util.js';
import { similarity } from '../util/text-compare.util.js';
import { capitalise, dedupeSentences, fill, listPhrases, shorten } from './heuristic.util.js';
import {
  AREA_QUESTION_BANKS,
  type AreaQuestionBank,
  INTERVIEW_STAGES,
  type InterviewStageBank,
  SETTLING_IN_BANK,
} from './question-banks.js';
import { type AreaProfile, classifyArea } from './reflection-areas.js';
import { readStance, type Stance } from './stance.util.js';
import { TextAnalysis } from './text-analysis.util.js';

const MAX_STAGE_QUESTIONS = 5;
const MAX_CORE_QUESTIONS = 8;
/** Two plan questions at least this similar are one question: the later one is left out. */
const NEAR_DUPLICATE = 0.5;

/**
 * Builds an interview plan from the template. The area decides framework and question bank; the
 * stance (already made the move, or weighing it) decides whether questions look back at a move
 * or ahead to one; the primary question's key phrase ("focus") is woven into questions where it
 * reads naturally; the coach's goals become objectives (never questions); mandatory questions are
 * placed verbatim in the stage they fit best; no question nearly repeats another.
 */
export function buildResearchPlan(input: ResearchPlanInput): ResearchPlan {
  const analysis = new TextAnalysis();
  const profile = classifyArea(input.primaryQuestion, [input.title, ...input.goals]);
  const stance = readStance(input.primaryQuestion, input.goals);
  const focus = pickFocus(input, profile, analysis);
  const bank = bankFor(profile, stance);
  const mandatory = dedupeSentences(input.mandatoryQuestions.map((q) => q.trim()).filter(Boolean));
  const stages = buildStages(bank, focus, mandatory);
  const planned = stages.flatMap((stage) => stage.questions);

  return {
    researchType: stance === 'moved' ? 'Settling Into a New Role' : profile.researchType,
    framework: profile.framework,
    objectives: objectivesOf(profile, stance, focus, input.goals),
    coreQuestions: withoutNearDuplicates([
      asQuestion(input.primaryQuestion),
      ...mandatory.slice(0, 3),
      ...bank.core.map((q) => fill(q, { focus })),
      ...planned,
    ]).slice(0, MAX_CORE_QUESTIONS),
    stages,
    approach: describeApproach(profile, stance, focus, input, mandatory.length, analysis),
  };
}

/**
 * The settling-in question of each stage for this template's focus, in the participant's voice:
 * asked instead of "before you commit" questions once a participant says the move already happened.
 */
export function settlingInQuestions(primaryQuestion: string, goals: string[] = []): Record<string, string> {
  const profile = classifyArea(primaryQuestion, goals);
  const focus = pickFocus({ title: '', primaryQuestion, goals, mandatoryQuestions: [] }, profile, new TextAnalysis());
  return Object.fromEntries(Object.entries(SETTLING_IN_BANK.stages).map(([key, question]) => [key, fill(question, { focus })]));
}

function bankFor(profile: AreaProfile, stance: Stance): AreaQuestionBank {
  return stance === 'moved' && (profile.area === 'transition' || profile.area === 'leadership')
    ? SETTLING_IN_BANK
    : AREA_QUESTION_BANKS[profile.area];
}

/** The coach's goals, in their words, come first; the area's objectives fill the rest. */
function objectivesOf(profile: AreaProfile, stance: Stance, focus: string, goals: string[]): string[] {
  const own = goals
    .map((g) => g.trim().replace(/[.!]+$/, ''))
    .filter((g) => g.length > 0 && g.length <= 300)
    .map(capitalise);
  const area =
    stance === 'moved'
      ? [
          `Understand how the move into ${focus} is going so far`,
          'Identify the strengths that carried over and what the new role still asks me to learn',
          `Choose next steps that help me grow in ${focus}`,
        ]
      : profile.objectives.map((template) => capitalise(fill(template, { focus })));
  return dedupeSentences([...own, ...area]).slice(0, 3);
}

/** The first multi-word noun phrase of the primary question, else any phrase, else the area default. */
function pickFocus(input: ResearchPlanInput, profile: AreaProfile, analysis: TextAnalysis): string {
  const phrases = analysis.nounPhrases(input.primaryQuestion, { keepPossessive: true }).map((p) => p.replace(/^(my|our) /, ''));
  const chosen = phrases.find((p) => p.includes(' ') || p.includes('-')) ?? phrases[0];
  return chosen && chosen.length <= 60 ? chosen : profile.focusFallback.replace(/^my /, '');
}

function buildStages(bank: AreaQuestionBank, focus: string, mandatory: string[]): ResearchPlanStage[] {
  const placed = new Map<string, string[]>(INTERVIEW_STAGES.map((stage) => [stage.key, []]));
  for (const question of mandatory) placed.get(bestStageFor(question, placed).key)!.push(question);
  const taken: string[] = [...mandatory];
  return INTERVIEW_STAGES.map((stage) => {
    const own = placed.get(stage.key)!;
    const candidates = [fill(bank.stages[stage.key], { focus }), ...stage.questions];
    const questions = [...own];
    for (const question of candidates) {
      if (questions.length >= MAX_STAGE_QUESTIONS || questions.length >= own.length + 2) break;
      if (taken.some((t) => similarity(t, question) >= NEAR_DUPLICATE)) continue;
      questions.push(question);
      taken.push(question);
    }
    return { key: stage.key, title: stage.title, questions };
  });
}

function withoutNearDuplicates(questions: string[]): string[] {
  const kept: string[] = [];
  for (const question of dedupeSentences(questions)) if (!kept.some((k) => similarity(k, question) >= NEAR_DUPLICATE)) kept.push(question);
  return kept;
}

/** Stage whose cues best match the question; ties and no-match go to the stage with fewest placed. */
function bestStageFor(question: string, placed: Map<string, string[]>): InterviewStageBank {
  const text = question.toLowerCase();
  let best: InterviewStageBank | undefined;
  let bestScore = 0;
  for (const stage of INTERVIEW_STAGES) {
    const score = stage.cues.filter((cue) => text.includes(cue)).length;
    if (score > bestScore) {
      best = stage;
      bestScore = score;
    }
  }
  if (best && placed.get(best.key)!.length < MAX_STAGE_QUESTIONS - 1) return best;
  return [...INTERVIEW_STAGES].sort((a, b) => placed.get(a.key)!.length - placed.get(b.key)!.length)[0]!;
}

function describeApproach(
  profile: AreaProfile,
  stance: Stance,
  focus: string,
  input: ResearchPlanInput,
  mandatoryCount: number,
  analysis: TextAnalysis,
): string {
  const parts = [
    stance === 'moved'
      ? 'The participant has already made the move: the conversation looks at how it is going and what to learn next, not at whether to make it.'
      : profile.approach,
    `It moves through ${INTERVIEW_STAGES.length} stages (${listPhrases(INTERVIEW_STAGES.map((s) => s.title.toLowerCase()))}), keeping ${focus} at the centre.`,
    'Each answer can prompt a short follow-up on something the participant said before the next planned question.',
  ];
  if (input.goals.length > 0)
    parts.push(
      `The ${input.goals.length === 1 ? 'stated goal becomes an objective' : 'stated goals become objectives'} that the questions serve.`,
    );
  if (mandatoryCount > 0) {
    parts.push(
      `${mandatoryCount === 1 ? 'One mandatory question is' : `${mandatoryCount} mandatory questions are`} asked word for word in the stage where it fits best.`,
    );
  }
  const context = input.researcherInfo ? analysis.nounPhrases(input.researcherInfo).slice(0, 3) : [];
  if (context.length > 0)
    parts.push(`Questions are framed with the participant's context in mind (${shorten(listPhrases(context), 120)}).`);
  return parts.join(' ');
}
