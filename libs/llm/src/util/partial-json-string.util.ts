const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The value of a top-level string field of a JSON object that is still being written, as far as it
 * has arrived: `{"move":"follow_up","question":"What did you` gives "What did you". Null while the
 * field has not started (or is not a string). An escape cut in half is left out until it completes.
 */
export function partialJsonString(raw: string, field: string): string | null {
  const key = new RegExp(`"${field}"\\s*:\\s*"`, 'g');
  const match = key.exec(raw);
  if (!match) return null;
  let out = '';
  for (let i = match.index + match[0].length; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '"') return out;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) return out;
    if (next === 'u') {
      const hex = raw.slice(i + 2, i + 6);
      if (hex.length < 4) return out;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
      continue;
    }
    out += ESCAPES[next] ?? next;
    i++;
  }
  return out;
}
