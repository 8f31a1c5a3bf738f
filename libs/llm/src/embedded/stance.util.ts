/** How a participant stands towards the move a reflection is about. */
export type Stance = 'considering' | 'moved' | 'unknown';

const MOVED =
  /\b(?:since|after) (?:i|my) (?:moved|switched|transitioned|became|joined|started|move|switch|transition|promotion)\b|\bi(?: have|'ve)? (?:recently |just |already )?(?:moved|switched|transitioned|became|joined|made the (?:move|switch|jump))\b|\b(?:in|into) my (?:new|current new) role\b|\bnew (?:in|to) (?:my|the) role\b|\bas a new\b|\bnow that i(?:'m| am)\b/i;
const CONSIDERING =
  /\bshould i\b|\bwhether (?:to|i)\b|\bconsidering\b|\bthinking (?:about|of)\b|\bis it (?:the right )?time\b|\b(?:would|could) i (?:move|switch|make|become)\b|\b(?:move|moving|transition|transitioning|switch|switching) (?:into|to)\b/i;

/**
 * Reads from a template's primary question and goals whether the person has already made the move
 * ("I moved into product management six months ago...") or is still weighing it ("Should I move
 * into management?"). Questions that treat a done move as pending are then left out.
 */
export function readStance(primaryQuestion: string, goals: readonly string[] = []): Stance {
  const text = [primaryQuestion, ...goals].join(' ').replace(/[\u2018\u2019]/g, "'");
  if (MOVED.test(text)) return 'moved';
  if (CONSIDERING.test(text)) return 'considering';
  return 'unknown';
}
