import { describe, expect, it } from '@jest/globals';
import { quarterOf } from '#analytics/periods';
import { createOrganisation, eventually, gqlOk, type TestMember } from '#testing';
import { refreshRollups, seedSummaries } from './analytics.helpers.js';

// HR plays the attacker: it asks for every report of the quarter it can (every grouping, every
// filter, every combination), keeps every figure shown, and subtracts them pairwise and in any
// combination. The organisations are built so that many groups differ by one person. The truth
// (who is in which group, what they said) is known to the test, never to the api's answers.

const THRESHOLD = 5;
const period = quarterOf(new Date());

interface Person {
  department: string | null;
  team: string | null;
  reflected?: boolean;
  score?: number;
  source?: 'participant' | 'estimated';
  themes: Array<[string, number]>;
}

interface Member extends Person {
  member: TestMember;
}

/** A figure shown by some report: a measure of a group, with the count and sum it lets HR compute. */
interface ShownCell {
  measure: string;
  department: string | null;
  team: string | null;
  count: number;
  sum: number;
}

async function organisationOf(people: Array<[number, Person]>): Promise<{ hr: TestMember; members: Member[] }> {
  const org = await createOrganisation();
  const hr = await org.addMember(['HR']);
  const wanted = people.flatMap(([count, person]) => Array.from({ length: count }, () => person));
  const added = await Promise.all(
    wanted.map((person) => org.addMember(['PARTICIPANT'], { department: person.department ?? undefined, team: person.team ?? undefined })),
  );
  const members: Member[] = wanted.map((person, i) => ({ ...person, member: added[i] }));
  const reflecting = members.filter((m) => m.reflected !== false);
  await seedSummaries(
    org.id,
    reflecting.map((m) => ({ member: m.member, score: m.score ?? null, source: m.source, themes: m.themes })),
  );
  await refreshRollups(reflecting.map((m) => m.member));
  await eventually(async () => {
    const { developmentThemes } = await gqlOk(
      `query($p: String!) { developmentThemes(period: $p) { groups { participants } } }`,
      { p: period },
      hr.token,
    );
    expect(developmentThemes.groups[0].participants).toBe(reflecting.length);
  }, 45_000);
  return { hr, members };
}

/** The participants a cell holds, from the truth. */
function truth(members: Member[], cell: Pick<ShownCell, 'measure' | 'department' | 'team'>): Set<number> {
  const inMeasure = (m: Member): boolean => {
    if (cell.measure === 'participants') return true;
    if (cell.measure === 'own rating') return m.score !== undefined && (m.source ?? 'participant') === 'participant';
    if (cell.measure === 'estimate') return m.score !== undefined && m.source === 'estimated';
    return m.themes.some(([key]) => `theme ${key}` === cell.measure);
  };
  return new Set(
    members.flatMap((m, i) =>
      m.reflected !== false &&
      inMeasure(m) &&
      (cell.department === null || m.department === cell.department) &&
      (cell.team === null || m.team === cell.team)
        ? [i]
        : [],
    ),
  );
}

/** Every shown figure, each group cell once; the same cell must show the same figures in every report. */
function collect(cells: Map<string, ShownCell>, found: ShownCell[]): void {
  for (const cell of found) {
    const key = JSON.stringify([cell.measure, cell.department, cell.team]);
    const seen = cells.get(key);
    if (seen) expect({ count: cell.count, sum: cell.sum }).toEqual({ count: seen.count, sum: seen.sum });
    else cells.set(key, cell);
  }
}

/**
 * What subtracting shown cells reveals: every pair, then every combination (regions). Returns the
 * leaks found (all of them, so that a failure lists what an attacker would recover).
 */
function expectNothingSingledOut(members: Member[], cells: Map<string, ShownCell>): { pairs: number } {
  let pairs = 0;
  const leaks: unknown[] = [];
  const byMeasure = new Map<string, Array<ShownCell & { members: Set<number> }>>();
  for (const cell of cells.values()) {
    const list = byMeasure.get(cell.measure) ?? [];
    list.push({ ...cell, members: truth(members, cell) });
    byMeasure.set(cell.measure, list);
  }
  for (const [measure, list] of byMeasure) {
    for (const a of list) {
      expect({ measure, size: a.members.size, shown: a.count }).toEqual({ measure, size: a.count, shown: expect.any(Number) });
      for (const b of list) {
        if (a === b) continue;
        pairs += 1;
        const onlyInA = [...a.members].filter((m) => !b.members.has(m));
        const pair = { measure, a: [a.department, a.team], b: [b.department, b.team] };
        // The attacker's subtraction: when B is within A, A - B gives the count and sum of A \ B.
        const isolated = a.count - b.count;
        if (onlyInA.length === a.members.size - b.members.size && isolated > 0 && isolated < THRESHOLD) {
          leaks.push({ ...pair, recovered: { people: isolated, mean: Math.round(((a.sum - b.sum) / isolated) * 100) / 100 } });
        } else if (onlyInA.length > 0 && onlyInA.length < THRESHOLD) {
          leaks.push({ ...pair, differenceOf: onlyInA.length });
        }
      }
    }
    // Any sum or difference of shown cells is a combination of regions (people held by exactly the same shown cells).
    const regions = new Map<string, number>();
    members.forEach((_, i) => {
      const key = list.flatMap((c, index) => (c.members.has(i) ? [index] : [])).join(',');
      if (key) regions.set(key, (regions.get(key) ?? 0) + 1);
    });
    for (const size of regions.values()) if (size < THRESHOLD) leaks.push({ measure, regionOf: size });
  }
  expect(leaks).toEqual([]);
  return { pairs };
}

// The reported attack: team Red has 6 participants, department Ops 5 (all in Red); Red minus Ops
// is the one Sales participant of Red, who rated 2 and raised leadership and mentorship.
const RED_OPS: Array<[number, Person]> = [
  [
    5,
    {
      department: 'Ops',
      team: 'Red',
      score: 7,
      themes: [
        ['workload', -0.5],
        ['learning', 0.4],
      ],
    },
  ],
  [
    1,
    {
      department: 'Sales',
      team: 'Red',
      score: 2,
      themes: [
        ['workload', -0.9],
        ['learning', 0.1],
        ['leadership', 0.2],
        ['mentorship', 0.6],
      ],
    },
  ],
  [6, { department: 'Sales', team: 'Blue', score: 6, themes: [['workload', -0.2]] }],
  [
    6,
    {
      department: 'Eng',
      team: 'Green',
      score: 8,
      themes: [
        ['workload', 0.1],
        ['learning', 0.5],
      ],
    },
  ],
];

describe('HR reports cannot be subtracted to single anyone out', () => {
  it('team Red minus department Ops no longer isolates the Sales participant (organisation, department, team)', async () => {
    const { hr, members } = await organisationOf(RED_OPS);
    const REPORT = `query($p: String!, $g: String) { developmentThemes(period: $p, groupBy: $g) {
      groups { group participants averageSatisfaction suppressed themes { theme participants averageSentiment } } } }`;
    const cells = new Map<string, ShownCell>();
    for (const groupBy of [null, 'department', 'team']) {
      const { developmentThemes } = await gqlOk(REPORT, { p: period, g: groupBy }, hr.token);
      for (const row of developmentThemes.groups) {
        if (row.suppressed) continue;
        const department = groupBy === 'department' && row.group !== 'organisation' ? row.group : null;
        const team = groupBy === 'team' && row.group !== 'organisation' ? row.group : null;
        // Everyone here gave their own rating: the average is over the row's participants.
        collect(cells, [
          { measure: 'participants', department, team, count: row.participants, sum: 0 },
          ...(row.averageSatisfaction === null
            ? []
            : [{ measure: 'own rating', department, team, count: row.participants, sum: row.averageSatisfaction * row.participants }]),
          ...row.themes.map((t: any) => ({
            measure: `theme ${t.theme}`,
            department,
            team,
            count: t.participants,
            sum: t.averageSentiment * t.participants,
          })),
        ]);
      }
    }
    const { pairs } = expectNothingSingledOut(members, cells);
    expect(pairs).toBeGreaterThan(20);
    // Not vacuous: the organisation and the departments are shown; only the target raised leadership.
    expect([...cells.keys()].filter((k) => k.startsWith('["participants"')).length).toBeGreaterThanOrEqual(5);
    expect([...cells.values()].some((c) => c.measure === 'theme leadership' || c.measure === 'theme mentorship')).toBe(false);

    const teams = await gqlOk(
      `query($p: String!) { developmentThemes(period: $p, groupBy: "team") { groups { group suppressed suppressionReason } } }`,
      { p: period },
      hr.token,
    );
    expect(teams.developmentThemes.groups).toContainEqual({ group: 'Red', suppressed: true, suppressionReason: 'DIFFERENCING' });
  }, 180_000);

  it('holds over every grouping, filter and department x team pair, with members without a department or a team', async () => {
    const { hr, members } = await organisationOf([
      [
        5,
        {
          department: 'Ops',
          team: 'Red',
          score: 7,
          themes: [
            ['workload', -0.5],
            ['learning', 0.4],
          ],
        },
      ],
      [1, { department: 'Ops', team: 'Gold', score: 3, themes: [['workload', -1]] }],
      [
        6,
        {
          department: 'Sales',
          team: 'Blue',
          score: 6,
          themes: [
            ['workload', -0.2],
            ['recognition', 0.3],
          ],
        },
      ],
      [
        1,
        {
          department: 'Sales',
          team: 'Red',
          score: 2,
          source: 'estimated',
          themes: [
            ['leadership', 0.2],
            ['learning', 0.1],
          ],
        },
      ],
      [
        5,
        {
          department: 'Eng',
          team: 'Green',
          score: 8,
          themes: [
            ['workload', 0.1],
            ['learning', 0.5],
          ],
        },
      ],
      [
        1,
        {
          department: 'Eng',
          team: null,
          score: 4,
          themes: [
            ['workload', -0.4],
            ['learning', 0.9],
          ],
        },
      ],
      [
        5,
        {
          department: 'Eng',
          team: 'Gold',
          score: 5,
          source: 'estimated',
          themes: [
            ['workload', 0.3],
            ['recognition', -0.2],
          ],
        },
      ],
      [1, { department: 'Eng', team: 'Green', reflected: false, themes: [] }],
      [
        1,
        {
          department: null,
          team: 'Blue',
          score: 9,
          themes: [
            ['workload', 0.5],
            ['recognition', 0.7],
          ],
        },
      ],
      [1, { department: null, team: null, score: 1, themes: [['workload', -0.8]] }],
    ]);
    const REPORT = `query($p: String!, $g: String, $d: String, $t: String) { developmentThemes(period: $p, groupBy: $g, department: $d, team: $t) {
      groups { group department team participants suppressed suppressionReason
               satisfaction { estimated participants average suppressed suppressionReason }
               themes { theme participants averageSentiment } hiddenThemes { theme suppressionReason } } } }`;
    const departments = ['Ops', 'Sales', 'Eng', 'Nowhere'];
    const teams = ['Red', 'Gold', 'Blue', 'Green'];
    const filters: Array<[string | null, string | null]> = [
      [null, null],
      ...departments.map((d): [string, null] => [d, null]),
      ...teams.map((t): [null, string] => [null, t]),
    ];
    for (const d of departments) for (const t of teams) filters.push([d, t]);

    const cells = new Map<string, ShownCell>();
    const reasons = new Set<string>();
    const requests = [null, 'department', 'team', 'department_team'].flatMap((g) => filters.map(([d, t]) => ({ p: period, g, d, t })));
    const answers: Array<{ developmentThemes: { groups: any[] } }> = [];
    for (let i = 0; i < requests.length; i += 4)
      answers.push(...(await Promise.all(requests.slice(i, i + 4).map((vars) => gqlOk<(typeof answers)[number]>(REPORT, vars, hr.token)))));
    for (const { developmentThemes } of answers) {
      for (const row of developmentThemes.groups) {
        if (row.suppressed) {
          reasons.add(row.suppressionReason);
          expect(row).toMatchObject({ participants: null, satisfaction: [], themes: [], hiddenThemes: [] });
          continue;
        }
        const at = { department: row.department, team: row.team };
        const [own, estimate] = row.satisfaction;
        expect([own.estimated, estimate.estimated]).toEqual([false, true]);
        collect(cells, [
          { measure: 'participants', ...at, count: row.participants, sum: 0 },
          ...[own, estimate]
            .filter((s) => !s.suppressed)
            .map((s) => ({
              measure: s.estimated ? 'estimate' : 'own rating',
              ...at,
              count: s.participants,
              sum: s.average * s.participants,
            })),
          ...row.themes.map((c: any) => ({
            measure: `theme ${c.theme}`,
            ...at,
            count: c.participants,
            sum: c.averageSentiment * c.participants,
          })),
        ]);
      }
    }
    const { pairs } = expectNothingSingledOut(members, cells);
    expect(pairs).toBeGreaterThan(30);
    expect([...reasons].sort()).toEqual(['COMPLEMENT', 'DIFFERENCING', 'SIZE']);
    // Not vacuous: the organisation, departments, a department x team pair and an estimate cell are shown.
    const shownRows = [...cells.values()].filter((c) => c.measure === 'participants').map((c) => [c.department, c.team]);
    expect(shownRows).toEqual(
      expect.arrayContaining([
        [null, null],
        ['Eng', null],
        ['Sales', null],
        ['Eng', 'Gold'],
      ]),
    );
    expect([...cells.values()].some((c) => c.measure === 'estimate')).toBe(true);
  }, 180_000);
});
