import type { InsightPassage } from '#llm';
import type { StoredCitation } from '../entities/insight-question.entity.js';

/** A citation must quote one of the participant's retrieved passages; anything else is dropped. */
export function keepRetrieved(citations: StoredCitation[], passages: InsightPassage[]): StoredCitation[] {
  const byKey = new Map(passages.map((p) => [`${p.sessionId}/${p.turnId}`, p.content]));
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.sessionId}/${c.turnId}/${c.excerpt}`;
    const content = byKey.get(`${c.sessionId}/${c.turnId}`);
    if (content === undefined || !content.includes(c.excerpt) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
