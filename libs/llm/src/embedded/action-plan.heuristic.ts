import type { ActionCategory, ActionPlan, ActionPlanInput, ActionPlanItem } from '../prompts/action-plan.schema.js';
import type { Commitment, SummaryTheme } from '../prompts/summary.schema.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { capitalise, clamp, shorten } from './heuristic.util.js';
import { themeWords } from './theme-coding.util.js';
import { categoriseAction, guidanceFor } from './theme-guidance.js';
import { daysUntil } from './timeframe.util.js';

/** Guidance fills a plan up to this many items; defaults only keep it from being empty. */
const GUIDED_ITEMS = 4;
const MAX_ITEMS = 6;
const MAX_COMMITMENTS = 5;
/** Undated items are spread over the next cycle, from three weeks to three months out. */
const FIRST_DEFAULT_DAY = 21;
const LAST_DEFAULT_DAY = 90;

type Draft = Omit<ActionPlanItem, 'dueInDays'> & { dueInDays: number | null };

type Fixed = Omit<Draft, 'dueInDays' | 'sourceTurnIds' | 'fromCommitment'>;

/** When the summary gives nothing to act on: one skill to practise. */
const FIRST_STEP: Fixed = {
  category: 'SKILL_DEVELOPMENT',
  title: 'Choose one skill to develop and practise it on real work',
  rationale: 'Deliberate practice on one skill compounds faster than scattered learning.',
  milestone: 'skill chosen and a practice opportunity identified',
  successMetric: 'Feedback from a colleague confirms visible progress in the chosen skill',
};

/** A short plan gets a rhythm that keeps it alive. */
const REVIEW_RHYTHM: Fixed = {
  category: 'CAREER_MANAGEMENT',
  title: 'Schedule a monthly review of this plan',
  rationale: 'Plans stay alive when progress is reviewed on a fixed rhythm.',
  milestone: 'monthly review booked in the calendar',
  successMetric: 'Three monthly reviews held, each updating the plan',
};

/** How to know a commitment of a category is done. */
const COMMITMENT_METRICS: Record<ActionCategory, string> = {
  SKILL_DEVELOPMENT: 'You can show a piece of work that uses what you learned, confirmed by feedback',
  CAREER_POSITIONING: 'The people who matter for your next step know about this work',
  OPPORTUNITY_CREATION: 'The opportunity is agreed or under way',
  CAREER_MANAGEMENT: 'It is done, and a month later you can say what changed for you',
};

/**
 * The participant's own commitments first, in their words and due when they said; then guidance
 * for the themes of concern their commitments do not already cover; a default first step and a
 * review rhythm only when there is nothing else. Undated items are spread over the next 90 days.
 */
export function buildActionPlan(input: ActionPlanInput): ActionPlan {
  const start = Date.parse(input.startDate);
  const startDate = new Date(Number.isNaN(start) ? Date.now() : start);
  const { summary } = input;
  const drafts: Draft[] = [];
  const add = (draft: Draft) => {
    const key = normalizeForCompare(draft.title);
    if (drafts.length < MAX_ITEMS && !drafts.some((d) => normalizeForCompare(d.title) === key)) drafts.push(draft);
  };

  for (const commitment of summary.commitments.slice(0, MAX_COMMITMENTS)) add(fromCommitment(commitment, startDate));
  const concerns = [...summary.themes].filter((t) => t.sentiment < 0.15).sort((a, b) => a.sentiment - b.sentiment);
  for (const theme of concerns) {
    if (drafts.length >= GUIDED_ITEMS || coveredBy(theme, summary.commitments)) continue;
    const guidance = guidanceFor(theme.key, theme.label);
    add({
      category: guidance.category,
      title: guidance.action,
      rationale: `${theme.label} came up as a concern in your reflection. ${guidance.opportunity}.`,
      milestone: guidance.milestone,
      successMetric: guidance.metric,
      dueInDays: null,
      fromCommitment: false,
      sourceTurnIds: theme.turnIds,
    });
  }
  // Nothing to build on: a first step and a rhythm, never a list of unrelated advice.
  if (drafts.length === 0)
    add({ ...FIRST_STEP, dueInDays: null, fromCommitment: false, sourceTurnIds: summary.gaps.flatMap((g) => g.turnIds).slice(0, 3) });
  if (drafts.length < 2) add({ ...REVIEW_RHYTHM, dueInDays: null, fromCommitment: false, sourceTurnIds: [] });
  // Their own steps first, soonest first; then the guidance, spread over the cycle.
  const items = withDueDates(drafts, startDate);
  return {
    items: [...items.filter((i) => i.fromCommitment).sort((a, b) => a.dueInDays - b.dueInDays), ...items.filter((i) => !i.fromCommitment)],
  };
}

function fromCommitment(commitment: Commitment, start: Date): Draft {
  const category = categoriseAction(commitment.text);
  const said = commitment.when ? ` ${commitment.when}` : '';
  return {
    category,
    title: shorten(capitalise(commitment.text.replace(/[.!]+$/, '')), 160),
    rationale: `You said you would do this${said}. It is your own next step, so it comes first.`,
    milestone: 'the first step taken and the next one in your calendar',
    successMetric: COMMITMENT_METRICS[category],
    dueInDays: commitment.when ? daysUntil(commitment.when, start) : null,
    fromCommitment: true,
    sourceTurnIds: commitment.turnIds,
  };
}

/** A commitment already answers a theme when it names the theme or cites the same turns. */
function coveredBy(theme: SummaryTheme, commitments: readonly Commitment[]): boolean {
  const label = themeWords(theme.label);
  return commitments.some((c) => {
    const words = themeWords(c.text);
    return label.every((w) => words.includes(w)) || c.turnIds.some((id) => theme.turnIds.includes(id));
  });
}

/** Dated items keep their date; the rest are spread evenly over the next cycle. */
function withDueDates(drafts: Draft[], start: Date): ActionPlanItem[] {
  const undated = drafts.filter((d) => d.dueInDays === null).length;
  const step = undated > 1 ? (LAST_DEFAULT_DAY - FIRST_DEFAULT_DAY) / (undated - 1) : 0;
  let slot = 0;
  return drafts.map((draft) => {
    const dueInDays = clamp(draft.dueInDays ?? Math.round(FIRST_DEFAULT_DAY + step * slot++), 7, 365);
    const date = new Date(start.getTime() + dueInDays * 86_400_000).toISOString().slice(0, 10);
    return { ...draft, dueInDays, milestone: `By ${date}: ${draft.milestone}` };
  });
}
