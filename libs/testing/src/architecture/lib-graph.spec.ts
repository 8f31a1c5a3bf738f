import { describe, expect, it } from '@jest/globals';
import { cyclesOf, type LibEdge, libGraph } from './lib-graph.util.js';

/** Tables created in migrations without an entity, and the lib that owns each. */
const OWNERS_WITHOUT_ENTITY: Record<string, string> = {
  analytics_participant_periods: 'analytics',
  analytics_participant_themes: 'analytics',
};

describe('lib dependencies', () => {
  it("finds a cycle through SQL on another lib's table as well as through imports", () => {
    const edges: LibEdge[] = [
      { from: 'a', to: 'b', via: ['import x'] },
      { from: 'b', to: 'c', via: ['sql t y'] },
      { from: 'c', to: 'a', via: ['import z'] },
      { from: 'c', to: 'd', via: ['import w'] },
    ];
    expect(cyclesOf(edges)).toEqual([{ libs: ['a', 'b', 'c'], edges: edges.slice(0, 3) }]);
  });

  it("has no cycle between the libs of this repository, counting imports and SQL on other libs' tables", () => {
    const cycles = cyclesOf(libGraph(process.cwd(), OWNERS_WITHOUT_ENTITY));
    const described = cycles.map(
      (c) => `${c.libs.join(', ')}:\n${c.edges.map((e) => `  ${e.from} -> ${e.to} (${e.via.slice(0, 3).join('; ')})`).join('\n')}`,
    );
    expect(described).toEqual([]);
  });
});
