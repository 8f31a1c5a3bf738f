export interface TrendPoint {
  sessionId: string;
  completedAt: Date;
  satisfactionScore: number | null;
  satisfactionSource: 'participant' | 'estimated' | null;
  themes: string[];
}

export interface ThemeChange {
  fromSessionId: string;
  toSessionId: string;
  from: Date;
  to: Date;
  gained: string[];
  lost: string[];
  kept: string[];
  /** Score difference when both sessions have one. */
  satisfactionChange: number | null;
}

/** Themes gained and lost between each pair of consecutive sessions (points ordered by completion). */
export function themeChanges(points: readonly TrendPoint[]): ThemeChange[] {
  const changes: ThemeChange[] = [];
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const after = points[i]!;
    const was = new Set(before.themes);
    const now = new Set(after.themes);
    changes.push({
      fromSessionId: before.sessionId,
      toSessionId: after.sessionId,
      from: before.completedAt,
      to: after.completedAt,
      gained: after.themes.filter((t) => !was.has(t)),
      lost: before.themes.filter((t) => !now.has(t)),
      kept: after.themes.filter((t) => was.has(t)),
      satisfactionChange:
        before.satisfactionScore === null || after.satisfactionScore === null
          ? null
          : Math.round((after.satisfactionScore - before.satisfactionScore) * 100) / 100,
    });
  }
  return changes;
}
