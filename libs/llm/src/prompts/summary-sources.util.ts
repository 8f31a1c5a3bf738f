import type { SessionSummary, SummaryInput } from './summary.schema.js';

/**
 * A claim without a source cannot be stored: every cited turn must be a participant turn of this
 * session, every theme a taxonomy key. A distress exchange is cited by the strain part only, and
 * the strain part by nothing else. Problems name positions only, never text.
 */
export function findSummarySourceProblems(summary: SessionSummary, input: SummaryInput): string[] {
  const participant = input.turns.filter((turn) => turn.role === 'PARTICIPANT');
  const ordinary = new Set(participant.filter((turn) => !turn.sensitive).map((turn) => turn.id));
  const sensitive = new Set(participant.filter((turn) => turn.sensitive).map((turn) => turn.id));
  const taxonomyKeys = new Set(input.taxonomy.map((entry) => entry.key));
  const problems: string[] = [];
  const checkIds = (where: string, turnIds: string[]) => {
    if (turnIds.some((id) => sensitive.has(id))) problems.push(`${where} cites a distress exchange, which is only for the strain part`);
    else if (turnIds.some((id) => !ordinary.has(id))) problems.push(`${where} cites a turn that is not a participant turn of this session`);
  };
  for (const part of ['strengths', 'gaps', 'opportunities', 'suggestedActions', 'commitments'] as const) {
    summary[part].forEach((claim, i) => {
      checkIds(`${part}.${i}`, claim.turnIds);
    });
  }
  summary.themes.forEach((theme, i) => {
    checkIds(`themes.${i}`, theme.turnIds);
    if (!taxonomyKeys.has(theme.key)) problems.push(`themes.${i} uses a key outside the taxonomy`);
  });
  if (summary.strain?.turnIds.some((id) => !sensitive.has(id))) problems.push('strain cites a turn outside the distress exchange');
  if (summary.strain && sensitive.size === 0) problems.push('strain is only written when the participant described distress');
  if ((summary.satisfactionScore === null) !== (summary.satisfactionSource === null)) {
    problems.push('satisfactionScore and satisfactionSource must both be null or both be set');
  }
  if (summary.satisfactionTurnId !== null && (summary.satisfactionSource !== 'participant' || !ordinary.has(summary.satisfactionTurnId))) {
    problems.push('satisfactionTurnId names the participant turn of their own rating, and only then');
  }
  return problems;
}
