/** Splits text after each sentence's end and after each JSON string field, keeping every character. */
export function sentencePieces(text: string): string[] {
  const pieces = text.split(/(?<=[.?!]\s|",)/).filter((piece) => piece.length > 0);
  return pieces.length ? pieces : [text];
}
