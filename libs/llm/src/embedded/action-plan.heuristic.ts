import type { ActionCategory, ActionPlan, ActionPlanInput, ActionPlanItem } from '../prompts/action-plan.schema.js';
import { normalizeForCompare } from '../util/text-compare.util.js';
import { capitalise, shorten } from './heuristic.util.js';
import { TextAnalysis } from './text-analysis.util.js';
import { categoriseAction, guidanceFor } from './theme-guidance.js';

const MIN_ITEMS = 3;
const MAX_ITEMS = 8;

type Draft = Omit<ActionPlanItem, 'dueInDays' | 'milestone'> & { milestone: string };

/** Per-category defaults that keep a thin summary from producing a one-sided plan. */
const CATEGORY_DEFAULTS: Record<ActionCategory, Draft> = {
  SKILL_DEVELOPMENT: {
    category: 'SKILL_DEVELOPMENT',
    title: 'Choose one skill to develop and practise it on real work',
    rationale: 'Deliberate practice on one skill compounds faster than scattered learning.',
    milestone: 'skill chosen and a practice opportunity identified',
    successMetric: 'Feedback from a colleague confirms visible progress in the chosen skill',
  },
  CAREER_POSITIONING: {
    category: 'CAREER_POSITIONING',
    title: 'Write a short summary of your strengths and recent results',
    rationale: 'Being able to name your value clearly makes conversations about next steps easier.',
    milestone: 'one-page strengths and results summary written',
    successMetric: 'You have used the summary in at least one career conversation',
  },
  OPPORTUNITY_CREATION: {
    category: 'OPPORTUNITY_CREATION',
    title: 'Identify and ask for one stretch opportunity',
    rationale: 'New opportunities rarely arrive unasked; a specific request makes them concrete.',
    milestone: 'stretch opportunity identified and requested',
    successMetric: 'You are working on a piece of work outside your usual scope',
  },
  CAREER_MANAGEMENT: {
    category: 'CAREER_MANAGEMENT',
    title: 'Schedule a monthly review of this plan',
    rationale: 'Plans stay alive when progress is reviewed on a fixed rhythm.',
    milestone: 'monthly review booked in the calendar',
    successMetric: 'Three monthly reviews held, each updating the plan',
  },
};

/** Metrics that fit any action of a category, for actions written as free text. */
const GENERIC_METRICS: Record<ActionCategory, string> = {
  SKILL_DEVELOPMENT: 'You can show a piece of work that uses what you learned, confirmed by feedback',
  CAREER_POSITIONING: 'The people who matter for your next step know about this work',
  OPPORTUNITY_CREATION: 'A new opportunity is agreed or under way as a result',
  CAREER_MANAGEMENT: 'The change is in place and, a month later, you rate its effect on your satisfaction',
};

/**
 * Turns a summary into 3-8 dated actions: concerning themes first (with theme-specific guidance),
 * then the summary's own suggested actions, then strengths to build on, topped up with category
 * defaults so at least three categories are covered. Due dates are spread 30 days apart.
 */
export function buildActionPlan(input: ActionPlanInput): ActionPlan {
  const { summary } = input;
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  const add = (draft: Draft) => {
    const key = normalizeForCompare(draft.title);
    if (drafts.length < MAX_ITEMS && !seen.has(key)) {
      seen.add(key);
      drafts.push(draft);
    }
  };

  for (const theme of [...(summary.themes ?? [])].sort((a, b) => a.sentiment - b.sentiment)) {
    const guidance = guidanceFor(theme.key, theme.label);
    const concern = theme.sentiment < 0.15;
    add({
      category: guidance.category,
      title: guidance.action,
      rationale: `${theme.label} came up as ${concern ? 'a concern' : 'a strength'} in your reflection. ${concern ? guidance.opportunity : guidance.leverage}.`,
      milestone: guidance.milestone,
      successMetric: guidance.metric,
    });
  }
  for (const action of summary.suggestedActions ?? []) {
    const category = categoriseAction(action);
    add({
      category,
      title: shorten(capitalise(action.replace(/[.!]+$/, '')), 150),
      rationale: 'Suggested in your reflection summary as a direct response to what you described.',
      milestone: 'first concrete step taken and a follow-up date agreed',
      successMetric: GENERIC_METRICS[category],
    });
  }
  const analysis = new TextAnalysis();
  const strength = summary.strengths?.flatMap((s) => analysis.nounPhrases(s.text))[0];
  if (strength) {
    add({
      category: 'CAREER_POSITIONING',
      title: shorten(`Make your strength in ${strength} visible to decision makers`, 150),
      rationale: 'You described this as something that gives you energy; visible strengths attract the right opportunities.',
      milestone: `two examples of your work on ${shorten(strength, 60)} shared with your manager or wider team`,
      successMetric: 'Someone outside your immediate team asks for your input in this area',
    });
  }
  for (const category of Object.keys(CATEGORY_DEFAULTS) as ActionCategory[]) {
    if (new Set(drafts.map((d) => d.category)).size >= MIN_ITEMS && drafts.length >= MIN_ITEMS) break;
    if (!drafts.some((d) => d.category === category)) add(CATEGORY_DEFAULTS[category]);
  }

  const start = Date.parse(input.startDate);
  return {
    items: drafts.map((draft, i) => {
      const dueInDays = Math.min(365, 30 * (i + 1));
      const date = Number.isNaN(start) ? undefined : new Date(start + dueInDays * 86_400_000).toISOString().slice(0, 10);
      return { ...draft, dueInDays, milestone: capitalise(date ? `By ${date}: ${draft.milestone}` : draft.milestone) };
    }),
  };
}
