import type { ResearchPlan, ResearchPlanInput, ResearchPlanStage } from '../prompts/research-plan.schema.js';
import { asQuestion } from '../util/prompt.util.js';
import { capitalise, dedupeSentences, fill, listPhrases, shorten } from './heuristic.util.js';
import { AREA_QUESTION_BANKS, INTERVIEW_STAGES, type InterviewStageBank } from './question-banks.js';
import { type AreaProfile, classifyArea } from './reflection-areas.js';
import { TextAnalysis } from './text-analysis.util.js';

const MAX_STAGE_QUESTIONS = 5;
const MAX_CORE_QUESTIONS = 8;

/**
 * Builds an interview plan from the template: the area decides framework and question bank, the
 * primary question's key phrase ("focus") is woven into objectives and questions, and mandatory
 * questions are placed verbatim in the stage they fit best.
 */
export function buildResearchPlan(input: ResearchPlanInput): ResearchPlan {
  const analysis = new TextAnalysis();
  const profile = classifyArea(input.primaryQuestion, [input.title, ...input.goals]);
  const focus = pickFocus(input, profile, analysis);
  const bank = AREA_QUESTION_BANKS[profile.area];
  const mandatory = dedupeSentences(input.mandatoryQuestions.map((q) => q.trim()).filter(Boolean));

  const objectives = profile.objectives.map((template) => capitalise(fill(template, { focus }))) as string[];
  const goal = input.goals.map((g) => g.trim().replace(/[.!]+$/, '')).find((g) => g.length > 0 && g.length <= 120);
  if (goal) objectives[2] = `${objectives[2]}, working toward the goal "${goal}"`;

  const coreQuestions = dedupeSentences([
    asQuestion(input.primaryQuestion),
    ...mandatory.slice(0, 3),
    ...bank.core.map((q) => fill(q, { focus })),
    ...INTERVIEW_STAGES.map((stage) => stage.questions[0]!),
  ]).slice(0, MAX_CORE_QUESTIONS);

  return {
    researchType: profile.researchType,
    framework: profile.framework,
    objectives,
    coreQuestions,
    stages: buildStages(profile, focus, mandatory, goal),
    approach: describeApproach(profile, focus, input, mandatory.length, analysis),
  };
}

/** The first multi-word noun phrase of the primary question, else any phrase, else the area default. */
function pickFocus(input: ResearchPlanInput, profile: AreaProfile, analysis: TextAnalysis): string {
  const phrases = analysis.nounPhrases(input.primaryQuestion, { keepPossessive: true });
  const bare = (phrase: string) => phrase.replace(/^(my|our) /, '');
  const chosen = phrases.find((p) => bare(p).includes(' ') || bare(p).includes('-')) ?? phrases[0];
  return chosen && chosen.length <= 60 ? chosen : profile.focusFallback;
}

function buildStages(profile: AreaProfile, focus: string, mandatory: string[], goal?: string): ResearchPlanStage[] {
  const placed = new Map<string, string[]>(INTERVIEW_STAGES.map((stage) => [stage.key, []]));
  for (const question of mandatory) placed.get(bestStageFor(question, placed).key)!.push(question);

  return INTERVIEW_STAGES.map((stage) => {
    const own = placed.get(stage.key)!;
    const adapted = fill(AREA_QUESTION_BANKS[profile.area].stages[stage.key], { focus });
    const generic = [...stage.questions.slice(0, 2)];
    if (goal && stage.key === 'goals_planning') generic.unshift(`How would I know I am making progress toward "${goal}"?`);
    // Mandatory questions are never dropped; generic ones make room for them.
    const room = Math.max(0, MAX_STAGE_QUESTIONS - own.length - 1);
    const lead = own.length < MAX_STAGE_QUESTIONS ? [adapted] : [];
    return { key: stage.key, title: stage.title, questions: dedupeSentences([...lead, ...own, ...generic.slice(0, room)]) };
  });
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

function describeApproach(profile: AreaProfile, focus: string, input: ResearchPlanInput, mandatoryCount: number, analysis: TextAnalysis): string {
  const parts = [
    profile.approach,
    `It moves through ${INTERVIEW_STAGES.length} stages (${listPhrases(INTERVIEW_STAGES.map((s) => s.title.toLowerCase()))}), keeping ${focus} at the centre.`,
    'Each answer can prompt a short follow-up for an example, a clarification or a 1-10 rating before the next planned question.',
  ];
  if (input.goals.length > 0) {
    parts.push(`The ${input.goals.length === 1 ? 'stated goal is' : `${input.goals.length} stated goals are`} revisited in the goals and actions stages.`);
  }
  if (mandatoryCount > 0) {
    parts.push(`${mandatoryCount === 1 ? 'One mandatory question is' : `${mandatoryCount} mandatory questions are`} asked word for word in the stage where it fits best.`);
  }
  const context = input.researcherInfo ? analysis.nounPhrases(input.researcherInfo).slice(0, 3) : [];
  if (context.length > 0) parts.push(`Questions are framed with the participant's context in mind (${shorten(listPhrases(context), 120)}).`);
  return parts.join(' ');
}
