/** A piece of the interviewer's question as it is written. */
export interface QuestionPiece {
  /** Text to append to what was shown. */
  text: string;
  /** Drop what was shown before this piece: the question is being written again from the start. */
  restart: boolean;
}

/**
 * Turns "the question so far" (which can start over: a retry, the fallback model) into pieces a
 * client appends: the new text since the last piece, or the whole text again with `restart`.
 */
export function questionPieces(emit: (piece: QuestionPiece) => void): (soFar: string, restarted: boolean) => void {
  let shown: string | null = null;
  let pendingRestart = false;
  return (soFar, restarted) => {
    if (restarted && shown !== null) pendingRestart = true;
    const base = pendingRestart || shown === null || !soFar.startsWith(shown) ? '' : shown;
    const restart = pendingRestart || (shown !== null && base === '' && soFar !== '');
    const text = soFar.slice(base.length);
    if (!text) return;
    emit({ text, restart });
    shown = soFar;
    pendingRestart = false;
  };
}
