/**
 * Finds the first complete JSON object in model text. Models often wrap JSON in ```json fences
 * or add a sentence before/after it, so we scan for balanced braces instead of parsing the whole text.
 * Returns undefined when no parseable object exists.
 */
export function extractJsonObject(text: string): unknown {
  const unfenced = text.replace(/```(?:json|JSON)?\s*([\s\S]*?)```/g, '$1');
  for (const candidate of [unfenced, text]) {
    let start = candidate.indexOf('{');
    while (start !== -1) {
      const end = findObjectEnd(candidate, start);
      if (end !== -1) {
        try {
          return JSON.parse(candidate.slice(start, end + 1));
        } catch {
          // Balanced but not JSON (e.g. prose in braces): keep looking.
        }
      }
      start = candidate.indexOf('{', start + 1);
    }
  }
  return undefined;
}

/** Index of the brace closing the object opened at `start`, honouring strings and escapes; -1 if unbalanced. */
function findObjectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}
