import { CITATION_MARKER, type InsightPassage } from '#llm';
import type { StoredCitation } from '../entities/insight-question.entity.js';

/**
 * The answer with only the citations that quote a retrieved passage (each once), its `[n]` markers
 * renumbered to match; a marker whose citation was dropped goes with it.
 */
export function keepCited(
  reply: { answer: string; citations: StoredCitation[] },
  passages: InsightPassage[],
): { answer: string; citations: StoredCitation[] } {
  const byKey = new Map(passages.map((p) => [`${p.sessionId}/${p.turnId}`, p.content]));
  const kept: StoredCitation[] = [];
  const firstIndex = new Map<string, number>();
  const renumber = new Map<number, number>();
  reply.citations.forEach((c, i) => {
    const key = `${c.sessionId}/${c.turnId}/${c.excerpt}`;
    const content = byKey.get(`${c.sessionId}/${c.turnId}`);
    if (content === undefined || !content.includes(c.excerpt)) return;
    if (!firstIndex.has(key)) firstIndex.set(key, kept.push(c));
    renumber.set(i + 1, firstIndex.get(key)!);
  });
  const answer = reply.answer
    .replace(CITATION_MARKER, (_, n: string) => (renumber.has(Number(n)) ? `[${renumber.get(Number(n))}]` : ''))
    .replace(/ +([.;,])/g, '$1')
    .replace(/ {2,}/g, ' ');
  return { answer, citations: kept };
}
