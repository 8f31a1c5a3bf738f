import type { SourcedClaim } from '../../prompts/summary.schema.js';
import { similarity } from '../../util/text-compare.util.js';
import { listPhrases } from '../heuristic.util.js';
import type { Statement } from '../statements/statements.util.js';
import { quote } from './claim-selection.util.js';

const STRAIN =
  /\b(?:burn(?:ed|t)?[ -]?out|burnout|exhaust\w*|sleep\w*|overwhelm\w*|can'?t cope|cannot cope|not coping|workload|too much|unmanageable|anxious|anxiety|panic\w*|cry\w*|stress\w*|drown\w*|falling apart|breaking point|hopeless|dread\w*|tired|can'?t (?:go on|keep up|switch off)|no energy|empty|numb|low|struggling)\b/i;
const MAX_QUOTES = 2;

/**
 * For the participant alone: what they said in the distress exchange, acknowledged in plain,
 * caring words with their own words quoted. The organisation's support resources are added where
 * it is shown. Null when there was no distress exchange.
 */
export function strainNote(sensitive: readonly Statement[]): SourcedClaim | null {
  if (sensitive.length === 0) return null;
  const described = sensitive.filter((s) => STRAIN.test(s.text) && s.text.split(/\s+/).length >= 3);
  const chosen: Statement[] = [];
  for (const statement of described.length ? described : sensitive.slice(0, 1)) {
    if (chosen.length >= MAX_QUOTES) break;
    if (!chosen.some((c) => similarity(c.text, statement.text) >= 0.6)) chosen.push(statement);
  }
  const words = listPhrases(chosen.map((s) => quote(s.text, 160)));
  return {
    text:
      `You told me that things are hard right now: ${words}. Thank you for saying it; that takes courage. ` +
      'How you are doing matters more than any development goal in this reflection. Please look after yourself first, ' +
      'and consider talking to someone you trust, your doctor, or the support available to you.',
    turnIds: [...new Set(chosen.map((s) => s.turnId))],
  };
}
