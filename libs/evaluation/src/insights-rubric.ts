import { normalizeForCompare, overlap, type SourcedClaim } from '#llm';
import type { EvalInsights } from './insights-run.js';
import type { CheckResult } from './interview-rubric.js';
import type { ScriptedParticipant } from './personas/scripted-participant.js';

/** The summary, action-plan and Q&A checks of the scorecard, in the order they are printed. */
export const INSIGHT_CHECKS = [
  'claims say what was said',
  'no pleasantries, drift or distress as claims',
  'overview quotes are theirs',
  'own rating kept',
  'estimate marked',
  'strain for the owner alone',
  'commitments found',
  'plan starts from commitments',
  'plan dates within the cycle',
  'plan never quotes fragments',
  'answers speak to the owner',
  'answers cite what was said',
] as const;

type Check = (typeof INSIGHT_CHECKS)[number];

/** A claim shares most of its words with the turns it cites (a paraphrase passes, a misattribution does not). */
const MIN_OVERLAP = 0.5;
const DAY_MS = 86_400_000;
const QUOTED = /“([^”]+)”/g;

/** Deterministic checks of what one participant receives after the interview. */
export function gradeInsights(persona: ScriptedParticipant, insights: EvalInsights): CheckResult[] {
  const results = new Map<string, string[]>(INSIGHT_CHECKS.map((c) => [c, []]));
  const fail = (check: Check, why: string) => results.get(check)!.push(why);
  const { summary, plan, answer, turns } = insights;
  const expected = persona.insights ?? {};
  const byId = new Map(turns.map((t) => [t.id, t]));
  const participant = turns.filter((t) => t.role === 'PARTICIPANT');
  const sensitive = participant.filter((t) => t.sensitive);
  const cited = (claim: SourcedClaim) => claim.turnIds.map((id) => byId.get(id)?.content ?? '').join(' ');

  const claimLists = { strengths: summary.strengths, gaps: summary.gaps, commitments: summary.commitments } as const;
  for (const [part, claims] of Object.entries(claimLists)) {
    claims.forEach((claim, i) => {
      if (overlap(claim.text, cited(claim)) < MIN_OVERLAP)
        fail('claims say what was said', `${part}.${i} "${claim.text}" is not in the turns it cites`);
    });
  }

  const claimed = [...summary.strengths, ...summary.gaps, ...summary.opportunities, ...summary.commitments];
  for (const claim of claimed) {
    for (const pattern of expected.neverClaimed ?? [])
      if (pattern.test(claim.text)) fail('no pleasantries, drift or distress as claims', `"${claim.text}" matches ${pattern}`);
    if (claim.turnIds.some((id) => byId.get(id)?.sensitive))
      fail('no pleasantries, drift or distress as claims', `"${claim.text}" cites a distress exchange`);
  }
  const quotes = [...summary.overview.matchAll(QUOTED)].map((m) => m[1]!.replace(/…$/, ''));
  for (const quote of quotes.slice(1)) {
    const source = participant.find((t) => normalizeForCompare(t.content).includes(normalizeForCompare(quote)));
    if (!source) fail('overview quotes are theirs', `"${quote}" is not something they said`);
    else if (source.sensitive) fail('overview quotes are theirs', `"${quote}" comes from a distress exchange`);
    for (const pattern of expected.neverClaimed ?? [])
      if (pattern.test(quote)) fail('no pleasantries, drift or distress as claims', `overview quotes "${quote}"`);
  }

  if (expected.rating !== undefined) {
    if (summary.satisfactionSource !== 'participant' || summary.satisfactionScore !== expected.rating) {
      fail('own rating kept', `expected their own ${expected.rating}, got ${summary.satisfactionScore} (${summary.satisfactionSource})`);
    } else if (byId.get(summary.satisfactionTurnId ?? '')?.content !== persona.script.rating) {
      fail('own rating kept', 'the rating does not cite the turn that gave it');
    }
  }
  if (summary.satisfactionSource === 'estimated' && !/estimat/i.test(summary.overview))
    fail('estimate marked', 'an estimated score is not called an estimate in the overview');
  if (
    summary.satisfactionSource === 'participant' &&
    expected.rating === undefined &&
    !participant.some((t) => t.id === summary.satisfactionTurnId)
  ) {
    fail('estimate marked', 'a score is marked as their own without a turn that gave it');
  }

  if (sensitive.length > 0) {
    if (!summary.strain) fail('strain for the owner alone', 'they described distress and the summary does not acknowledge it');
    else if (summary.strain.turnIds.some((id) => !byId.get(id)?.sensitive))
      fail('strain for the owner alone', 'the strain note cites turns outside the distress exchange');
    for (const theme of summary.themes)
      if (theme.turnIds.some((id) => byId.get(id)?.sensitive))
        fail('strain for the owner alone', `theme ${theme.key} is coded from a distress exchange`);
  } else if (summary.strain) {
    fail('strain for the owner alone', 'a strain note without a distress exchange');
  }

  for (const pattern of expected.commitments ?? []) {
    const commitment = summary.commitments.find((c) => pattern.test(c.text));
    if (!commitment) fail('commitments found', `no commitment matches ${pattern}`);
    const item = plan.items.find((i) => i.fromCommitment && pattern.test(i.title));
    if (!item) fail('plan starts from commitments', `no plan item keeps ${pattern} in their words`);
    else if (!item.sourceTurnIds.some((id) => pattern.test(byId.get(id)?.content ?? '')))
      fail('plan starts from commitments', `the item for ${pattern} does not cite the turn that said it`);
  }
  const firstGuidance = plan.items.findIndex((i) => !i.fromCommitment);
  if (firstGuidance >= 0 && plan.items.slice(firstGuidance).some((i) => i.fromCommitment))
    fail('plan starts from commitments', 'guidance comes before a commitment');

  const start = Date.parse(insights.startDate);
  plan.items.forEach((item, i) => {
    const dated = item.fromCommitment && summary.commitments.find((c) => c.text.startsWith(item.title.slice(0, 30)))?.when;
    if (!dated && item.dueInDays > 90)
      fail('plan dates within the cycle', `item ${i} is due in ${item.dueInDays} days with no date of theirs`);
    const due = new Date(start + item.dueInDays * DAY_MS).toISOString().slice(0, 10);
    if (!item.milestone.startsWith(`By ${due}`))
      fail('plan dates within the cycle', `item ${i} milestone does not match its due date ${due}`);
  });

  for (const item of plan.items.filter((i) => !i.fromCommitment)) {
    const text = `${item.title} ${item.rationale} ${item.milestone}`;
    if (/["“]/.test(text)) fail('plan never quotes fragments', `guidance item "${item.title}" quotes them`);
  }

  if (expected.question && answer) {
    if (/\b(?:one participant|another participant|participants|the participant|they said)\b/i.test(answer.answer))
      fail('answers speak to the owner', 'the answer talks about them, not to them');
    if (!/\byou\b/i.test(answer.answer)) fail('answers speak to the owner', 'the answer never says "you"');
    for (const pattern of expected.question.cites) {
      if (!answer.citations.some((c) => pattern.test(byId.get(c.turnId)?.content ?? '')))
        fail('answers cite what was said', `no citation says ${pattern}`);
    }
  }
  return INSIGHT_CHECKS.map((check) => ({ check, failures: results.get(check)! }));
}
