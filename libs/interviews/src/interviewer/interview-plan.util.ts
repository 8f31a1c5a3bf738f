import { overlap, stageTopic } from '#llm';
import { asksForRating } from './answer-analysis.util.js';
import { DEFAULT_INTERVIEW_STAGES } from './default-interview-plan.js';
import type { AgendaItem, InterviewStage } from './interviewer-state.type.js';
import { toSecondPerson } from './question-text.util.js';
import { PRESUMES_PENDING, SENSITIVE_TOPIC } from './turn-checks.util.js';

/** Planned questions per stage besides mandatory ones: enough depth, room for follow-ups. */
export const PLANNED_PER_STAGE = 2;

/** Asked early when no mandatory question asks for a self-rating, so the summary has the participant's own score. */
export const RATING_QUESTION = 'On a scale from 0 to 10, how satisfied are you with your work at the moment?';

export interface PlanSource {
  /** The version's research plan, only when its state is READY. */
  plan: { stages: Array<{ key: string; title: string; questions: string[] }> } | null;
  mandatoryQuestions: string[];
  /** Settling-in questions by stage key, asked instead of pending-move questions if the participant says the move is done. */
  settlingIn?: Record<string, string>;
}

export interface InterviewPlan {
  stages: InterviewStage[];
  agenda: AgendaItem[];
}

interface WorkingStage extends InterviewStage {
  cues: string[];
  questions: string[];
}

/**
 * Turns a template version into the interviewer's agenda: the research plan's stages (or the
 * seed's six), each mandatory question placed once into the stage it fits best (the first stage
 * when nothing fits, so it is asked early), then plan questions that duplicate nothing already on
 * the agenda, until the stage holds `PLANNED_PER_STAGE` questions. Every item is one question: a
 * mandatory question written as two ("How satisfied am I...? What's working well?") becomes two
 * items asked one after the other, in the template's words.
 */
export function buildInterviewPlan(source: PlanSource): InterviewPlan {
  const stages = workingStages(source.plan);
  const mandatory = source.mandatoryQuestions.map((q) => q.trim()).filter((q) => q.length > 0);
  const placed = stages.map(() => [] as AgendaItem[]);
  mandatory.forEach((question, index) => {
    const stage = bestStage(question, stages);
    singleQuestions(toSecondPerson(question)).forEach((text, part) => {
      placed[stage]!.push(item(part === 0 ? `mandatory:${index}` : `mandatory:${index}:${part + 1}`, text, stage, true, stages));
    });
  });

  const agenda: AgendaItem[] = [];
  stages.forEach((stage, index) => {
    const items = placed[index]!;
    const placedCount = items.length;
    const mandatoryHere = items.map((i) => i.text);
    const taken = () => [...mandatory.map(toSecondPerson), ...agenda.map((a) => a.text), ...items.map((i) => i.text)];
    const settling = source.settlingIn?.[stage.key];
    if (settling) items.push({ ...item(`moved:${stage.key}`, toSecondPerson(settling), index, false, stages), whenMoved: true });
    stage.questions.forEach((raw, n) => {
      const text = singleQuestions(toSecondPerson(raw.trim()))[0];
      if (items.filter((i) => !i.whenMoved).length - placedCount >= PLANNED_PER_STAGE || !text) return;
      // A plan question that mostly restates one already on the agenda, or shares the topic of the stage's mandatory question, is left out.
      if (taken().some((t) => overlap(t, text) >= 0.6) || mandatoryHere.some((t) => overlap(t, text) >= 0.3)) return;
      const planned = item(`plan:${stage.key}:${n}`, text, index, false, stages);
      // Asked about the same thing as the settling-in question, it gives way to it once the move is known to be done.
      items.push(settling && overlap(toSecondPerson(settling), text) >= 0.3 ? { ...planned, presumesPending: true } : planned);
    });
    agenda.push(...items);
  });
  if (!mandatory.some(asksForRating) && agenda.length > 0) {
    const firstOfNext = agenda.findIndex((a) => a.stage > 0);
    const afterMandatory = Math.max(1, agenda.filter((a) => a.stage === 0 && a.mandatory).length);
    agenda.splice(
      Math.min(firstOfNext === -1 ? agenda.length : firstOfNext, afterMandatory),
      0,
      item('rating', RATING_QUESTION, 0, false, stages),
    );
  }
  return { stages: stages.map(({ key, title, topic }) => ({ key, title, topic })), agenda };
}

function item(ref: string, text: string, stage: number, mandatory: boolean, stages: WorkingStage[]): AgendaItem {
  const sensitive = stages[stage]?.key === 'market_trends' || SENSITIVE_TOPIC.test(text);
  return {
    ref,
    text,
    stage,
    mandatory,
    ...(sensitive ? { sensitive } : {}),
    ...(PRESUMES_PENDING.test(text) ? { presumesPending: true } : {}),
  };
}

/** "A? B?" -> ["A?", "B?"]; a question without a question mark gets one. */
export function singleQuestions(text: string): string[] {
  const parts =
    text
      .match(/[^?]+\?/g)
      ?.map((p) => p.trim())
      .filter((p) => p.length > 0) ?? [];
  const rest = text.slice(parts.join(' ').length).trim();
  if (parts.length === 0) return text.trim() ? [`${text.trim().replace(/[.!:;,\s]+$/, '')}?`] : [];
  return rest.length > 3 ? [...parts, `${rest.replace(/[.!:;,\s]+$/, '')}?`] : parts;
}

function workingStages(plan: PlanSource['plan']): WorkingStage[] {
  const usable = plan?.stages.filter((s) => s.key && s.title) ?? [];
  if (usable.length === 0)
    return DEFAULT_INTERVIEW_STAGES.map((s) => ({
      ...s,
      topic: stageTopic(s.key, s.title),
      cues: [...s.cues],
      questions: [...s.questions],
    }));
  return usable.map((s) => {
    const known = DEFAULT_INTERVIEW_STAGES.find((d) => d.key === s.key || d.title.toLowerCase() === s.title.toLowerCase());
    const titleCues = s.title
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3)
      .map((w) => w.slice(0, 6));
    return {
      key: s.key,
      title: s.title,
      topic: stageTopic(known?.key ?? s.key, s.title),
      cues: [...(known?.cues ?? []), ...titleCues],
      questions: s.questions,
    };
  });
}

/** Stage whose cues the question mentions most; the earliest wins ties, the first stage when none match. */
function bestStage(question: string, stages: WorkingStage[]): number {
  const text = ` ${question.toLowerCase()}`;
  let best = 0;
  let bestScore = 0;
  stages.forEach((stage, index) => {
    const score = new Set(stage.cues.filter((cue) => text.includes(` ${cue}`) || text.includes(`-${cue}`))).size;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
