import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { figuresOfPeople, type PeriodPerson } from '../testing/period-people.util.js';
import type { UniverseGroup } from './cell-universe.util.js';
import { type PeriodRelease, releasePeriod } from './period-release.util.js';
import type { MeasureRelease } from './region-suppression.util.js';
import { SuppressionReason } from './suppression-reason.enum.js';

// Random organisations: departments and teams that overlap freely (a team across departments,
// members without a department or a team), members who did not reflect, own ratings, estimates
// and themes. Every property is checked on the people themselves, not on the implementation's
// profiles: which participants each shown cell holds, and what subtracting cells reveals.

const THEMES = ['growth', 'stress', 'balance'];

const person = fc.record({
  department: fc.option(fc.constantFrom('Ops', 'Sales', 'Eng'), { freq: 5 }),
  team: fc.option(fc.constantFrom('Red', 'Blue', 'Green', 'Gold'), { freq: 4 }),
  reflected: fc.integer({ min: 0, max: 6 }).map((n) => n > 0),
  rating: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
  estimate: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 1 }),
  themes: fc.subarray(THEMES).map((keys) => Object.fromEntries(keys.map((k) => [k, 0.5]))),
});
const organisation = fc.record({
  threshold: fc.integer({ min: 3, max: 7 }),
  people: fc.array(person, { minLength: 0, maxLength: 60, size: 'max' }),
});

interface Cell {
  group: UniverseGroup;
  members: Set<number>;
}

/** The participants each group holds for a measure, from the people list (independent of the implementation). */
function cellsOf(
  result: PeriodRelease,
  people: PeriodPerson[],
  inMeasure: (p: PeriodPerson) => boolean,
  measure: MeasureRelease,
): { shown: Cell[]; all: Array<Cell & { shown: boolean; reason: SuppressionReason | null }> } {
  const all = result.universe.groups.map((group, i) => ({
    group,
    members: new Set(people.flatMap((p, index) => (p.reflected !== false && inMeasure(p) && holds(group, p) ? [index] : []))),
    shown: measure.shown[i],
    reason: measure.reasons[i],
  }));
  return { shown: all.filter((c) => c.shown), all };
}

function holds(group: UniverseGroup, p: PeriodPerson): boolean {
  return (group.department === null || p.department === group.department) && (group.team === null || p.team === group.team);
}

function measures(result: PeriodRelease): Array<[string, (p: PeriodPerson) => boolean, MeasureRelease]> {
  return [
    ['participants', () => true, result.rows],
    ['own ratings', (p) => p.rating !== null && p.rating !== undefined, result.rating],
    ['estimates', (p) => p.estimate !== null && p.estimate !== undefined, result.estimate],
    ...[...result.themes].map(([theme, cells]): [string, (p: PeriodPerson) => boolean, MeasureRelease] => [
      `theme ${theme}`,
      (p) => theme in (p.themes ?? {}),
      cells,
    ]),
  ];
}

function run(org: { threshold: number; people: PeriodPerson[] }): PeriodRelease {
  const { universe, figures } = figuresOfPeople(org.people);
  return releasePeriod(universe, figures, org.threshold);
}

const RUNS = { seed: 20261, numRuns: 250 };

describe('releasePeriod over random organisations (fast-check)', () => {
  it('no two shown cells of a measure differ by 1 to threshold-1 participants, over every group HR can request', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const result = run(org);
        for (const [, inMeasure, measure] of measures(result)) {
          const { shown } = cellsOf(result, org.people, inMeasure, measure);
          for (const a of shown) {
            expect(a.members.size).toBeGreaterThanOrEqual(org.threshold);
            for (const b of shown) {
              const difference = [...a.members].filter((m) => !b.members.has(m)).length;
              if (difference > 0) expect(difference).toBeGreaterThanOrEqual(org.threshold);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('no combination of shown cells singles out fewer than the threshold: every region of the shown cells is empty or large', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const result = run(org);
        for (const [, inMeasure, measure] of measures(result)) {
          const { shown } = cellsOf(result, org.people, inMeasure, measure);
          const regions = new Map<string, number>();
          org.people.forEach((_, index) => {
            const key = shown.flatMap((c, i) => (c.members.has(index) ? [i] : [])).join(',');
            if (key) regions.set(key, (regions.get(key) ?? 0) + 1);
          });
          for (const size of regions.values()) expect(size).toBeGreaterThanOrEqual(org.threshold);
        }
      }),
      RUNS,
    );
  });

  it('says why each cell is hidden, shows a group cell only with its row, and hides nothing needlessly', () => {
    fc.assert(
      fc.property(organisation, (org) => {
        const result = run(org);
        for (const [name, inMeasure, measure] of measures(result)) {
          const { all } = cellsOf(result, org.people, inMeasure, measure);
          all.forEach((cell, i) => {
            const rowShown = result.rows.shown[i];
            if (name !== 'participants' && !rowShown) expect([cell.shown, cell.reason]).toEqual([false, null]);
            else if (cell.members.size < org.threshold) expect([cell.shown, cell.reason]).toEqual([false, SuppressionReason.SIZE]);
            else if (!cell.shown) expect([SuppressionReason.COMPLEMENT, SuppressionReason.DIFFERENCING]).toContain(cell.reason);
            else expect(cell.reason).toBeNull();
          });
        }
        // When every profile with participants holds at least the threshold, only size hides a row.
        const { figures } = figuresOfPeople(org.people);
        if (figures.participants.every((n) => n === 0 || n >= org.threshold)) {
          result.rows.sizes.forEach((size, i) => {
            expect(result.rows.shown[i]).toBe(size >= org.threshold);
          });
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same people in any order give the same cells', () => {
    fc.assert(
      fc.property(organisation, fc.integer(), (org, salt) => {
        const shuffled = [...org.people].sort((a, b) => hash(a, salt) - hash(b, salt));
        expect(run({ ...org, people: shuffled })).toEqual(run(org));
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('generates organisations worth checking', () => {
    const samples = fc.sample(organisation, { seed: RUNS.seed, numRuns: RUNS.numRuns }).map(run);
    const hiddenFor = (reason: SuppressionReason) => samples.filter((r) => r.rows.reasons.includes(reason)).length;
    expect(hiddenFor(SuppressionReason.DIFFERENCING)).toBeGreaterThan(100);
    expect(hiddenFor(SuppressionReason.COMPLEMENT)).toBeGreaterThan(30);
    expect(samples.filter((r) => r.rows.shown.filter(Boolean).length >= 4).length).toBeGreaterThan(60);
  });
});

function hash(p: PeriodPerson, salt: number): number {
  const text = JSON.stringify(p) + salt;
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}
