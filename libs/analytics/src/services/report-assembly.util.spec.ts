import { describe, expect, it } from '@jest/globals';
import { releasePeriod } from '../suppression/period-release.util.js';
import { SuppressionReason } from '../suppression/suppression-reason.enum.js';
import { figuresOfPeople, type PeriodPerson } from '../testing/period-people.util.js';
import type { DevelopmentThemesReport, ReportRequest } from './development-themes-report.types.js';
import { assembleReport } from './report-assembly.util.js';
import { reportToCsv } from './report-csv.util.js';
import { selectGroups } from './report-groups.util.js';

const times = (n: number, p: PeriodPerson): PeriodPerson[] => Array.from({ length: n }, () => ({ ...p }));
const LABELS = new Map([
  ['workload', 'Workload'],
  ['learning', 'Learning'],
]);
const NOISE = { epsilon: 1, key: Buffer.alloc(32, 9).toString('base64url') };

// Ops: 6 in Red; Sales: 6 in Blue, 1 in Red. Ops raise learning; everybody workload.
const PEOPLE: PeriodPerson[] = [
  ...times(6, { department: 'Ops', team: 'Red', rating: 8, themes: { workload: -0.5, learning: 0.5 } }),
  ...times(5, { department: 'Sales', team: 'Blue', rating: 6, themes: { workload: 0.1 } }),
  { department: 'Sales', team: 'Blue', estimate: 3, themes: { workload: 0.1 } },
  { department: 'Sales', team: 'Red', rating: 2, themes: { workload: -1, learning: 1 } },
];

function report(request: Partial<ReportRequest>, people = PEOPLE, noise: typeof NOISE | null = null): DevelopmentThemesReport {
  const { universe, figures } = figuresOfPeople(people);
  const release = releasePeriod(universe, figures, 5);
  const full: ReportRequest = { period: '2026-Q4', groupBy: null, department: null, team: null, ...request };
  return assembleReport(full, release, selectGroups(universe, full), noise, LABELS);
}

describe('assembleReport', () => {
  it('shows the organisation with own ratings and estimates apart, and sorted themes', () => {
    const { groups, suppressedCells, noise } = report({});
    expect(noise).toBeNull();
    expect(groups).toEqual([
      {
        group: 'organisation',
        department: null,
        team: null,
        participants: 13,
        averageSatisfaction: 6.67, // (6 * 8 + 5 * 6 + 2) / 12 own ratings; the estimate of 3 is not in it
        suppressed: false,
        suppressionReason: null,
        satisfaction: [
          { estimated: false, participants: 12, average: 6.67, suppressed: false, suppressionReason: null },
          { estimated: true, participants: null, average: null, suppressed: true, suppressionReason: SuppressionReason.SIZE },
        ],
        themes: [
          { theme: 'workload', label: 'Workload', participants: 13, share: 1, averageSentiment: -0.262 },
          { theme: 'learning', label: 'Learning', participants: 7, share: 0.538, averageSentiment: 0.571 },
        ],
        hiddenThemes: [],
      },
    ]);
    expect(suppressedCells).toBe(1);
  });

  it('groups by team, hiding Red beside Ops for differencing and listing the hidden theme cells', () => {
    const { groups } = report({ groupBy: 'team' });
    expect(groups.map((g) => [g.group, g.participants, g.suppressionReason])).toEqual([
      ['organisation', 13, null],
      ['Blue', null, SuppressionReason.DIFFERENCING],
      ['Red', null, SuppressionReason.DIFFERENCING],
    ]);
    expect(groups[1]).toMatchObject({ averageSatisfaction: null, satisfaction: [], themes: [], hiddenThemes: [] });
  });

  it('groups by department within a team filter: the rows are the pairs, labelled by department', () => {
    const { groups } = report({ groupBy: 'department', team: 'Red' });
    expect(groups.map((g) => [g.group, g.department, g.team, g.participants, g.suppressionReason])).toEqual([
      ['Red', null, 'Red', null, SuppressionReason.DIFFERENCING],
      ['Ops', 'Ops', 'Red', 6, null],
      ['Sales', 'Sales', 'Red', null, SuppressionReason.SIZE],
    ]);
  });

  it('names pairs "department / team", and answers an unknown filter with an empty total hidden for size', () => {
    expect(report({ groupBy: 'department_team' }).groups.map((g) => g.group)).toEqual([
      'organisation',
      'Ops / Red',
      'Sales / Blue',
      'Sales / Red',
    ]);
    expect(report({ groupBy: 'team', department: 'Nowhere' }).groups).toEqual([
      {
        group: 'Nowhere',
        department: 'Nowhere',
        team: null,
        participants: null,
        averageSatisfaction: null,
        suppressed: true,
        suppressionReason: SuppressionReason.SIZE,
        satisfaction: [],
        themes: [],
        hiddenThemes: [],
      },
    ]);
  });

  it('lists a theme cell hidden as a complement, never one under the threshold', () => {
    const people = [
      ...times(6, { department: 'A', themes: { learning: 0.5 } }),
      ...times(6, { department: 'B', themes: { learning: 0.5 } }),
      ...times(6, { department: 'C' }),
      { department: 'C', themes: { learning: 1 } },
    ];
    const { groups, suppressedCells } = report({ groupBy: 'department' }, people);
    expect(groups.map((g) => [g.group, g.themes.map((t) => t.theme), g.hiddenThemes])).toEqual([
      ['organisation', ['learning'], []],
      ['A', [], [{ theme: 'learning', label: 'Learning', suppressionReason: SuppressionReason.COMPLEMENT }]],
      ['B', ['learning'], []],
      ['C', [], []],
    ]);
    // Nobody rated: 4 own-rating and 4 estimate cells hidden, and the listed complement; C's single learning is not counted.
    expect(suppressedCells).toBe(9);
  });

  it('adds the same seeded noise to every request, keeps hidden cells hidden, and states its strength', () => {
    const exact = report({ groupBy: 'department' });
    const noisy = report({ groupBy: 'department' }, PEOPLE, NOISE);
    expect(report({ groupBy: 'department' }, PEOPLE, NOISE)).toEqual(noisy);
    expect(noisy.groups.map((g) => g.suppressed)).toEqual(exact.groups.map((g) => g.suppressed));
    expect(noisy.groups[0].satisfaction[1]).toEqual(exact.groups[0].satisfaction[1]);
    // The organisation row is the same cell in the ungrouped report: same noisy figures.
    expect(report({}, PEOPLE, NOISE).groups[0]).toEqual(noisy.groups[0]);
    // 2 themes in the period: 1 + 4 + 4 figures per group; 2 rows here; 4 groups per participant.
    expect(noisy.noise).toEqual({ mechanism: 'discrete Laplace', epsilon: 1, reportEpsilon: 18, periodEpsilon: 36 });
    const figures = (r: DevelopmentThemesReport) =>
      r.groups.flatMap((g) => [g.participants, g.averageSatisfaction, ...g.themes.flatMap((t) => [t.participants, t.averageSentiment])]);
    expect(figures(noisy)).not.toEqual(figures(exact));
  });
});

describe('reportToCsv', () => {
  it('writes one line per cell, hidden cells without figures, formulas escaped', () => {
    const people = PEOPLE.map((p) => (p.department === 'Ops' ? { ...p, department: '=HYPERLINK("x")' } : p));
    const csv = reportToCsv(report({ groupBy: 'department' }, people));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(
      'period,threshold,noise_epsilon,group,department,team,cell,theme,label,participants,share,average,suppressed,suppression_reason',
    );
    expect(lines).toContain('2026-Q4,5,,organisation,,,participants,,,13,,,false,');
    expect(lines).toContain('2026-Q4,5,,organisation,,,own_rating,,,12,,6.67,false,');
    expect(lines).toContain('2026-Q4,5,,organisation,,,estimated_satisfaction,,,,,,true,SIZE');
    expect(lines).toContain('2026-Q4,5,,organisation,,,theme,learning,Learning,7,0.538,0.571,false,');
    expect(lines.filter((l) => l.includes('HYPERLINK'))[0]).toMatch(/^2026-Q4,5,,"'=HYPERLINK\(""x""\)","'=HYPERLINK/);
    expect(lines.filter((l) => l.includes(',Sales,'))).toEqual([
      '2026-Q4,5,,Sales,Sales,,participants,,,7,,,false,',
      expect.stringContaining('own_rating'),
      expect.stringContaining('estimated_satisfaction,,,,,,true,SIZE'),
      expect.stringContaining(',theme,workload,Workload,7,1,'),
    ]);
  });
});
