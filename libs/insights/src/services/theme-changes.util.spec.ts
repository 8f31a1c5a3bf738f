import { describe, expect, it } from '@jest/globals';
import { type TrendPoint, themeChanges } from './theme-changes.util.js';

const point = (sessionId: string, day: number, score: number | null, themes: string[]): TrendPoint => ({
  sessionId,
  completedAt: new Date(Date.UTC(2026, 0, day)),
  satisfactionScore: score,
  satisfactionSource: score === null ? null : 'participant',
  themes,
});

describe('themeChanges', () => {
  it('lists themes gained, lost and kept between consecutive sessions', () => {
    const changes = themeChanges([
      point('s1', 1, 5.2, ['mentorship', 'leadership', 'culture']),
      point('s2', 90, 7, ['leadership', 'learning']),
      point('s3', 180, 8.7, ['leadership', 'learning', 'purpose_impact']),
    ]);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({
      fromSessionId: 's1',
      toSessionId: 's2',
      gained: ['learning'],
      lost: ['mentorship', 'culture'],
      kept: ['leadership'],
      satisfactionChange: 1.8,
    });
    expect(changes[1]).toMatchObject({ gained: ['purpose_impact'], lost: [], satisfactionChange: 1.7 });
  });

  it('has no change for fewer than two sessions and no score change without both scores', () => {
    expect(themeChanges([point('s1', 1, 5, [])])).toEqual([]);
    expect(themeChanges([point('s1', 1, null, []), point('s2', 2, 6, [])])[0]!.satisfactionChange).toBeNull();
  });
});
