/**
 * A participant's clause turned to speak to them ("I will ask my director for a mentor" ->
 * "you will ask your director for a mentor"). English first- and second-person verbs share their
 * forms except "am" and "was", so pronouns and those two are all that change. Returns null when
 * the turn is not safe (the clause already says "you", or reports someone's words in quotes): the
 * clause is then quoted as it was said.
 */
export function toSecondPerson(clause: string): string | null {
  const text = clause.replace(/[\u2018\u2019]/g, "'");
  // "we" and "us" are the person with others: turned to "you" they would lose the others.
  if (/\b(?:you|your|yours|yourself|yourselves|we|us)\b/i.test(text) || /["\u201c\u201d]/.test(text)) return null;
  return text
    .replace(/\b(am|was) I\b/gi, (_, verb: string) => `${/^a/i.test(verb) ? 'are' : 'were'} you`)
    .replace(/\bI(?:'m| am)\b/g, 'you are')
    .replace(/\bI was(n't)?\b/g, (_, not: string | undefined) => `you were${not ?? ''}`)
    .replace(/\bI(?='(?:ve|d|ll)\b)/g, 'you')
    .replace(/\bI\b/g, 'you')
    .replace(/\b(m)y(self)?\b/gi, (_: string, m: string, self: string | undefined) => cased(m, self ? 'yourself' : 'your'))
    .replace(/\b(?:mine|ours)\b/gi, (word) => cased(word[0]!, 'yours'))
    .replace(/\bour\b/gi, (word) => cased(word[0]!, 'your'))
    .replace(/\bme\b/gi, (word) => cased(word[0]!, 'you'));
}

function cased(first: string, replacement: string): string {
  return first === first.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The clause with a lower-case first letter, unless it starts with a name or an acronym (`firstIsName`). */
export function lowerFirst(text: string, firstIsName: boolean): string {
  if (firstIsName || /^[A-Z]{2,}\b/.test(text)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}
