import { DEFAULT_INTERVIEW_STAGES } from './default-interview-plan.js';
import type { AgendaItem, InterviewStage } from './interviewer-state.type.js';
import { overlap, toSecondPerson } from './question-text.util.js';

/** Planned questions per stage besides mandatory ones: enough depth, room for follow-ups. */
export const PLANNED_PER_STAGE = 2;

export interface PlanSource {
  /** The version's research plan, only when its state is READY. */
  plan: { stages: Array<{ key: string; title: string; questions: string[] }> } | null;
  mandatoryQuestions: string[];
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
 * when nothing fits, so it is asked early), then plan questions that duplicate nothing already
 * on the agenda, until the stage holds `PLANNED_PER_STAGE` questions (mandatory ones always stay).
 */
export function buildInterviewPlan(source: PlanSource): InterviewPlan {
  const stages = workingStages(source.plan);
  const mandatory = source.mandatoryQuestions.map((q) => q.trim()).filter((q) => q.length > 0);
  const placed = stages.map(() => [] as AgendaItem[]);
  mandatory.forEach((question, index) => {
    const stage = bestStage(question, stages);
    placed[stage]!.push({ ref: `mandatory:${index}`, text: toSecondPerson(question), stage, mandatory: true });
  });

  const agenda: AgendaItem[] = [];
  stages.forEach((stage, index) => {
    const items = placed[index]!;
    const taken = () => [...mandatory.map(toSecondPerson), ...agenda.map((a) => a.text), ...items.map((i) => i.text)];
    stage.questions.forEach((raw, n) => {
      const text = toSecondPerson(raw.trim());
      if (items.length >= PLANNED_PER_STAGE || !text) return;
      // A plan question that mostly restates one already on the agenda is left out.
      if (taken().some((t) => overlap(t, text) >= 0.6)) return;
      items.push({ ref: `plan:${stage.key}:${n}`, text, stage: index, mandatory: false });
    });
    agenda.push(...items);
  });
  return { stages: stages.map(({ key, title }) => ({ key, title })), agenda };
}

function workingStages(plan: PlanSource['plan']): WorkingStage[] {
  const usable = plan?.stages.filter((s) => s.key && s.title) ?? [];
  if (usable.length === 0) return DEFAULT_INTERVIEW_STAGES.map((s) => ({ ...s, cues: [...s.cues], questions: [...s.questions] }));
  return usable.map((s) => {
    const known = DEFAULT_INTERVIEW_STAGES.find((d) => d.key === s.key || d.title.toLowerCase() === s.title.toLowerCase());
    const titleCues = s.title.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3).map((w) => w.slice(0, 6));
    return { key: s.key, title: s.title, cues: [...(known?.cues ?? []), ...titleCues], questions: s.questions };
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
