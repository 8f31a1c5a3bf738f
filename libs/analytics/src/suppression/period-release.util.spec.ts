import { describe, expect, it } from '@jest/globals';
import { figuresOfPeople, type PeriodPerson } from '../testing/period-people.util.js';
import { type PeriodRelease, releasePeriod } from './period-release.util.js';
import type { MeasureRelease } from './region-suppression.util.js';
import { SuppressionReason } from './suppression-reason.enum.js';

const { SIZE, COMPLEMENT, DIFFERENCING } = SuppressionReason;

function release(people: PeriodPerson[], threshold = 5): PeriodRelease {
  const { universe, figures } = figuresOfPeople(people);
  return releasePeriod(universe, figures, threshold);
}

function times(n: number, person: PeriodPerson): PeriodPerson[] {
  return Array.from({ length: n }, () => ({ ...person }));
}

/** Group key -> shown size, or the reason it is hidden. */
function outcome(result: PeriodRelease, measure: MeasureRelease = result.rows): Record<string, number | string | null> {
  return Object.fromEntries(result.universe.groups.map((g, i) => [g.key, measure.shown[i] ? measure.sizes[i] : measure.reasons[i]]));
}

describe('releasePeriod: one grouping', () => {
  it('hides a small department for size and the smallest sibling as its complement', () => {
    const result = release([...times(10, { department: 'A' }), ...times(7, { department: 'B' }), ...times(3, { department: 'C' })]);
    expect(outcome(result)).toEqual({ organisation: 20, 'department:A': 10, 'department:B': COMPLEMENT, 'department:C': SIZE });
  });

  it('protects a small ungrouped remainder: the organisation minus every department would reveal it', () => {
    const result = release([...times(10, { department: 'A' }), ...times(12, { department: 'B' }), { department: null }]);
    expect(outcome(result)).toEqual({ organisation: 23, 'department:A': COMPLEMENT, 'department:B': 12 });
  });

  it('keeps hiding the next-smallest sibling until the hidden ones hold the threshold', () => {
    const result = release([
      ...times(21, { department: 'D' }),
      ...times(6, { department: 'C' }),
      ...times(2, { department: 'B' }),
      { department: 'A' },
    ]);
    expect(outcome(result)).toEqual({
      organisation: 30,
      'department:A': SIZE,
      'department:B': SIZE,
      'department:C': COMPLEMENT,
      'department:D': 21,
    });
  });

  it('hides everything when the organisation is below the threshold', () => {
    const result = release(times(4, { department: 'A', themes: { focus: 0.5 } }));
    expect(outcome(result)).toEqual({ organisation: SIZE, 'department:A': SIZE });
    expect(outcome(result, result.themes.get('focus'))).toEqual({ organisation: null, 'department:A': null });
  });

  it('lists groups whose members did not reflect, hidden for size like any small group', () => {
    const result = release([...times(6, { department: 'A' }), { department: 'B', reflected: false }]);
    expect(outcome(result)).toEqual({ organisation: 6, 'department:A': 6, 'department:B': SIZE });
  });
});

describe('releasePeriod: across groupings', () => {
  // The reported attack: threshold 5, team Red has 6 participants, department Ops 5 (all in Red);
  // Red minus Ops is the one Sales participant of Red.
  const redOps = [
    ...times(5, { department: 'Ops', team: 'Red', rating: 7, themes: { workload: -0.5 } }),
    { department: 'Sales', team: 'Red', rating: 2, themes: { leadership: 0.4, mentorship: 0.5, workload: -0.5 } },
    ...times(6, { department: 'Sales', team: 'Blue', rating: 6, themes: { workload: -0.2 } }),
  ];

  it('never shows team Red beside department Ops, so their difference cannot single out the Sales participant', () => {
    const result = release(redOps);
    const rows = outcome(result);
    expect(rows['department:Ops'] !== DIFFERENCING && rows['team:Red'] !== DIFFERENCING).toBe(false);
    expect(typeof rows['team:Red'] === 'number' && typeof rows['department:Ops'] === 'number').toBe(false);
    expect(rows.organisation).toBe(12);
    // Whatever stays shown, no two shown groups differ by 1 to 4 participants.
    const shown = result.universe.groups.filter((_, i) => result.rows.shown[i]);
    const members = (key: string) => redOps.flatMap((p, i) => (inGroup(p, key) ? [i] : []));
    for (const a of shown)
      for (const b of shown) {
        const only = members(a.key).filter((m) => !members(b.key).includes(m)).length;
        expect(only === 0 || only >= 5).toBe(true);
      }
  });

  it('says DIFFERENCING for a cell hidden only because of another grouping', () => {
    const result = release(redOps);
    const reasons = result.universe.groups.map((g, i) => [g.key, result.rows.reasons[i]]).filter(([, r]) => r === DIFFERENCING);
    expect(reasons.length).toBeGreaterThan(0);
  });

  it('protects a department that is its teams plus one participant without a team (department minus teams)', () => {
    const result = release([
      ...times(5, { department: 'Eng', team: 'T1' }),
      ...times(5, { department: 'Eng', team: 'T2' }),
      { department: 'Eng' },
      ...times(6, { department: 'Ops', team: 'T3' }),
    ]);
    const rows = outcome(result);
    const shown = (key: string) => typeof rows[key] === 'number';
    // Eng - T1 - T2 would be the participant without a team.
    expect(shown('department:Eng') && shown('team:T1') && shown('team:T2')).toBe(false);
    expect(shown('department:Eng') && shown('department_team:["Eng","T1"]') && shown('department_team:["Eng","T2"]')).toBe(false);
  });

  it('hides nothing beyond size when every profile has at least the threshold', () => {
    const result = release([
      ...times(5, { department: 'A', team: 'X' }),
      ...times(6, { department: 'A', team: 'Y' }),
      ...times(7, { department: 'B', team: 'Y' }),
    ]);
    expect(Object.values(outcome(result)).every((v) => typeof v === 'number')).toBe(true);
  });

  it('gives the same cells whatever the order of the people', () => {
    const shuffled = [...redOps].reverse();
    expect(outcome(release(shuffled))).toEqual(outcome(release(redOps)));
  });
});

describe('releasePeriod: measures', () => {
  it('protects each theme on its own, and never shows a cell of a hidden row', () => {
    const result = release([
      ...times(6, { department: 'A', themes: { growth: 0.5 } }),
      ...times(5, { department: 'B', themes: { growth: 0.1 } }),
      { department: 'B', themes: { stress: -1 } },
      ...times(2, { department: 'C', themes: { growth: 1 } }),
      ...times(4, { department: 'C' }),
    ]);
    expect(outcome(result)).toEqual({ organisation: 18, 'department:A': 6, 'department:B': 6, 'department:C': 6 });
    // growth: organisation 13, A 6 and B 5 shown would leave C's 2 as organisation - A - B.
    expect(outcome(result, result.themes.get('growth'))).toEqual({
      organisation: 13,
      'department:A': 6,
      'department:B': COMPLEMENT,
      'department:C': SIZE,
    });
    expect(outcome(result, result.themes.get('stress'))).toEqual({
      organisation: SIZE,
      'department:A': SIZE,
      'department:B': SIZE,
      'department:C': SIZE,
    });

    const hiddenRow = release([
      ...times(6, { department: 'A', themes: { growth: 0.5 } }),
      ...times(2, { department: 'B', themes: { growth: 0.5 } }),
    ]);
    expect(outcome(hiddenRow)).toEqual({ organisation: 8, 'department:A': COMPLEMENT, 'department:B': SIZE });
    expect(outcome(hiddenRow, hiddenRow.themes.get('growth'))).toEqual({ organisation: 8, 'department:A': null, 'department:B': null });
  });

  it('keeps own ratings and estimates apart, each with its own threshold', () => {
    const result = release([...times(5, { department: 'A', rating: 8 }), ...times(3, { department: 'A', estimate: 4 })]);
    expect(outcome(result, result.rating)).toEqual({ organisation: 5, 'department:A': 5 });
    expect(result.rating.sums[0]).toBe(40);
    expect(outcome(result, result.estimate)).toEqual({ organisation: SIZE, 'department:A': SIZE });
  });

  it('rejects inconsistent figures', () => {
    const { universe, figures } = figuresOfPeople(times(3, { department: 'A' }));
    expect(() => releasePeriod(universe, figures, 0)).toThrow(RangeError);
    expect(() => releasePeriod(universe, { ...figures, rating: { counts: [0, 4], sums: [0, 0] } }, 5)).toThrow(RangeError);
    expect(() => releasePeriod(universe, { ...figures, participants: [-1] }, 5)).toThrow(RangeError);
  });
});

function inGroup(person: PeriodPerson, key: string): boolean {
  if (key === 'organisation') return true;
  const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'department') return person.department === name;
  if (kind === 'team') return person.team === name;
  const [department, team] = JSON.parse(name) as [string, string];
  return person.department === department && person.team === team;
}
