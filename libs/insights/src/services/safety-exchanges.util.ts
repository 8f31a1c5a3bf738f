interface TurnLike {
  role: string;
  questionRef: string | null;
}

const isSupport = (turn: TurnLike | undefined): boolean => turn?.questionRef?.startsWith('support:') ?? false;

/**
 * Leaves out the exchanges where an answer signalled distress: the answer that made the
 * interviewer offer support, the support turn, and the reply to it. They are never summarised,
 * so they never become a theme, a score or an HR aggregate.
 */
export function withoutSafetyExchanges<T extends TurnLike>(turns: readonly T[]): T[] {
  return turns.filter((turn, index) => {
    if (isSupport(turn)) return false; // the interviewer's support turn, or a reply to it
    return !(turn.role === 'PARTICIPANT' && turns[index + 1]?.role === 'INTERVIEWER' && isSupport(turns[index + 1]));
  });
}
