import type { SessionSummary, SummaryInput } from './summary.schema.js';

/**
 * A claim without a source cannot be stored: every cited turn must be a participant turn of this
 * session and every theme a taxonomy key. Problems name positions only, never text.
 */
export function findSummarySourceProblems(summary: SessionSummary, input: SummaryInput): string[] {
  const participantTurns = new Set(input.turns.filter((turn) => turn.role === 'PARTICIPANT').map((turn) => turn.id));
  const taxonomyKeys = new Set(input.taxonomy.map((entry) => entry.key));
  const problems: string[] = [];
  const checkIds = (where: string, turnIds: string[]) => {
    if (turnIds.some((id) => !participantTurns.has(id))) problems.push(`${where} cites a turn that is not a participant turn of this session`);
  };
  summary.strengths.forEach((claim, i) => checkIds(`strengths.${i}`, claim.turnIds));
  summary.gaps.forEach((claim, i) => checkIds(`gaps.${i}`, claim.turnIds));
  summary.themes.forEach((theme, i) => {
    checkIds(`themes.${i}`, theme.turnIds);
    if (!taxonomyKeys.has(theme.key)) problems.push(`themes.${i} uses a key outside the taxonomy`);
  });
  if ((summary.satisfactionScore === null) !== (summary.satisfactionSource === null)) {
    problems.push('satisfactionScore and satisfactionSource must both be null or both be set');
  }
  return problems;
}
