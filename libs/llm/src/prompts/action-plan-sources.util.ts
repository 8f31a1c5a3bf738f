import type { ActionPlan, ActionPlanInput } from './action-plan.schema.js';

/**
 * An item cites only turns the summary cites, and an item kept from a commitment cites that
 * commitment's turns. Problems name positions only, never text.
 */
export function findActionPlanSourceProblems(plan: ActionPlan, input: ActionPlanInput): string[] {
  const { summary } = input;
  const cited = new Set(
    [
      ...summary.strengths,
      ...summary.gaps,
      ...summary.themes,
      ...summary.opportunities,
      ...summary.suggestedActions,
      ...summary.commitments,
    ].flatMap((claim) => claim.turnIds),
  );
  const commitmentTurns = new Set(summary.commitments.flatMap((c) => c.turnIds));
  const problems: string[] = [];
  plan.items.forEach((item, i) => {
    if (item.sourceTurnIds.some((id) => !cited.has(id))) problems.push(`items.${i} cites a turn the summary does not cite`);
    if (item.fromCommitment && !item.sourceTurnIds.some((id) => commitmentTurns.has(id)))
      problems.push(`items.${i} is marked as a commitment but cites none`);
  });
  return problems;
}
