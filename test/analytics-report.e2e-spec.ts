import { describe, expect, it } from '@jest/globals';
import { quarterOf } from '#analytics/periods';
import { createOrganisation, errorCode, eventually, gql, gqlOk, type TestMember, type TestOrganisation } from '#testing';
import { refreshRollups, type SeedSummary, seedSummaries } from './analytics.helpers.js';

// The HR report's figures end to end: own ratings apart from estimates, the organisation's noise
// setting, and the CSV export, over the real api and worker.

const period = quarterOf(new Date());
const REPORT = `query($p: String!, $g: String, $d: String, $t: String) { developmentThemes(period: $p, groupBy: $g, department: $d, team: $t) {
  period threshold suppressedCells noise { mechanism epsilon reportEpsilon periodEpsilon }
  groups { group department team participants averageSatisfaction suppressed suppressionReason
           satisfaction { estimated participants average suppressed suppressionReason }
           themes { theme label participants share averageSentiment } hiddenThemes { theme label suppressionReason } } } }`;
const CSV = `query($p: String!, $g: String, $d: String, $t: String) { developmentThemesCsv(period: $p, groupBy: $g, department: $d, team: $t) }`;
const SET_NOISE = `mutation($e: Float) { setAggregateNoise(epsilon: $e) { id aggregateNoiseEpsilon } }`;

const report = async (token: string, vars: Record<string, unknown> = {}) =>
  (await gqlOk(REPORT, { p: period, ...vars }, token)).developmentThemes;

/** An organisation whose members all reflected this quarter, with the rollups built by the worker. */
async function seeded(
  people: Array<Omit<SeedSummary, 'member'> & { department?: string; team?: string }>,
): Promise<{ org: TestOrganisation; hr: TestMember }> {
  const org = await createOrganisation();
  const hr = await org.addMember(['HR']);
  const members = await Promise.all(people.map((p) => org.addMember(['PARTICIPANT'], { department: p.department, team: p.team })));
  await seedSummaries(
    org.id,
    people.map((p, i) => ({ ...p, member: members[i] })),
  );
  await refreshRollups(members);
  await eventually(async () => expect((await report(hr.token)).groups[0].participants).toBe(members.length), 45_000);
  return { org, hr };
}

describe('HR satisfaction: own ratings and estimates apart', () => {
  it('averages own ratings only, and reports estimates separately with their own count and threshold', async () => {
    const { org, hr } = await seeded([
      ...[8, 8, 7, 9, 8].map((score) => ({ score, themes: [['workload', 0.2]] as Array<[string, number]> })),
      ...[2, 3, 1].map((score) => ({ score, source: 'estimated' as const, themes: [['workload', -0.2]] as Array<[string, number]> })),
    ]);
    const whole = await report(hr.token);
    // Blended, the mean would be 5.75; own ratings alone are 8.
    expect(whole.groups[0]).toMatchObject({
      participants: 8,
      averageSatisfaction: 8,
      satisfaction: [
        { estimated: false, participants: 5, average: 8, suppressed: false, suppressionReason: null },
        { estimated: true, participants: null, average: null, suppressed: true, suppressionReason: 'SIZE' },
      ],
    });
    await gqlOk(`mutation { setAnonymityThreshold(threshold: 3) { id } }`, {}, org.admin.token);
    expect((await report(hr.token)).groups[0].satisfaction[1]).toEqual({
      estimated: true,
      participants: 3,
      average: 2,
      suppressed: false,
      suppressionReason: null,
    });
  });
});

describe('HR noise setting', () => {
  it('adds the same seeded noise to every request, shows its strength, and leaves hidden cells hidden', async () => {
    const { org, hr } = await seeded(
      Array.from({ length: 18 }, (_, i) => ({
        department: i < 9 ? 'Ops' : 'Sales',
        team: i < 3 ? 'Red' : undefined,
        score: 3 + (i % 6),
        themes: [['workload', i % 2 ? 0.3 : -0.4], ...(i % 3 ? [['learning', 0.5] as [string, number]] : [])] as Array<[string, number]>,
      })),
    );
    const exact = await report(hr.token, { g: 'department' });
    expect(exact.noise).toBeNull();

    expect(errorCode(await gql(SET_NOISE, { e: 1 }, hr.token))).toBe('FORBIDDEN');
    for (const bad of [0, 0.05, 11, -1]) {
      const refused = await gql(SET_NOISE, { e: bad }, org.admin.token);
      expect([errorCode(refused), refused.errors?.[0]?.extensions?.reason]).toEqual(['BAD_USER_INPUT', 'INVALID_NOISE']);
    }
    expect((await gqlOk(SET_NOISE, { e: 1 }, org.admin.token)).setAggregateNoise.aggregateNoiseEpsilon).toBe(1);
    expect((await gqlOk(`{ organisation { aggregateNoiseEpsilon } }`, {}, hr.token)).organisation.aggregateNoiseEpsilon).toBe(1);

    const noisy = await report(hr.token, { g: 'department' });
    // Two themes: 1 + 2 x 2 + 2 x 2 figures per group; the total and one group here, four groups per period.
    expect(noisy.noise).toEqual({ mechanism: 'discrete Laplace', epsilon: 1, reportEpsilon: 18, periodEpsilon: 36 });
    expect(await report(hr.token, { g: 'department' })).toEqual(noisy);
    expect((await report(hr.token)).groups[0]).toEqual(noisy.groups[0]);
    expect(noisy.groups.map((g: any) => [g.group, g.suppressed, g.suppressionReason])).toEqual(
      exact.groups.map((g: any) => [g.group, g.suppressed, g.suppressionReason]),
    );
    const figures = (r: any) =>
      r.groups.flatMap((g: any) => [
        g.participants,
        ...g.satisfaction.flatMap((s: any) => [s.participants, s.average]),
        ...g.themes.flatMap((t: any) => [t.participants, t.averageSentiment]),
      ]);
    expect(figures(noisy)).not.toEqual(figures(exact));
    expect(figures(noisy).filter((v: unknown) => v === null)).toEqual(figures(exact).filter((v: unknown) => v === null));

    // Off: exact again; on again with the same ε: the same noisy figures (the key is kept).
    await gqlOk(SET_NOISE, { e: null }, org.admin.token);
    expect(await report(hr.token, { g: 'department' })).toEqual(exact);
    await gqlOk(SET_NOISE, { e: 1 }, org.admin.token);
    expect(await report(hr.token, { g: 'department' })).toEqual(noisy);
  }, 120_000);
});

describe('HR CSV export', () => {
  it('exports exactly the released report, hidden cells without figures, for HR and admins only', async () => {
    const { org, hr } = await seeded([
      ...Array.from({ length: 6 }, () => ({
        department: 'Ops',
        score: 7,
        themes: [
          ['workload', 0.5],
          ['learning', 0.2],
        ] as Array<[string, number]>,
      })),
      ...Array.from({ length: 2 }, () => ({
        department: 'Sales',
        score: 3,
        themes: [
          ['workload', -0.5],
          ['leadership', 0.9],
        ] as Array<[string, number]>,
      })),
    ]);
    const participant = await org.addMember(['PARTICIPANT']);
    const json = await report(hr.token, { g: 'department' });
    const csv: string = (await gqlOk(CSV, { p: period, g: 'department' }, hr.token)).developmentThemesCsv;
    const [header, ...lines] = csv.trim().split('\n');
    expect(header).toBe(
      'period,threshold,noise_epsilon,group,department,team,cell,theme,label,participants,share,average,suppressed,suppression_reason',
    );

    const expected = json.groups.flatMap((g: any) => {
      const at = `${period},5,,${g.group},${g.department ?? ''},${g.team ?? ''}`;
      if (g.suppressed) return [`${at},participants,,,,,,true,${g.suppressionReason}`];
      return [
        `${at},participants,,,${g.participants},,,false,`,
        ...g.satisfaction.map(
          (s: any) =>
            `${at},${s.estimated ? 'estimated_satisfaction' : 'own_rating'},,,${s.participants ?? ''},,${s.average ?? ''},${s.suppressed},${s.suppressionReason ?? ''}`,
        ),
        ...g.themes.map((t: any) => `${at},theme,${t.theme},${t.label},${t.participants},${t.share},${t.averageSentiment},false,`),
        ...g.hiddenThemes.map((t: any) => `${at},theme,${t.theme},${t.label},,,,true,${t.suppressionReason}`),
      ];
    });
    expect(lines).toEqual(expected);
    // Sales (2) and so Ops (its complement) are hidden: their figures are nowhere in the file.
    expect(json.groups.map((g: any) => [g.group, g.suppressionReason])).toEqual([
      ['organisation', null],
      ['Ops', 'COMPLEMENT'],
      ['Sales', 'SIZE'],
    ]);
    expect(csv).not.toMatch(/leadership/);
    expect(lines.filter((l) => l.includes(',Ops,') || l.includes(',Sales,'))).toEqual([
      `${period},5,,Ops,Ops,,participants,,,,,,true,COMPLEMENT`,
      `${period},5,,Sales,Sales,,participants,,,,,,true,SIZE`,
    ]);

    expect(errorCode(await gql(CSV, { p: period }, participant.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(CSV, { p: '2026-Q9' }, hr.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses bad groupings and filters with BAD_USER_INPUT', async () => {
    const org = await createOrganisation();
    for (const vars of [{ g: 'manager' }, { g: 'department,team' }, { d: '' }, { t: '   ' }, { d: 'x'.repeat(201) }]) {
      const refused = await gql(REPORT, { p: period, ...vars }, org.admin.token);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
    const blank = await gql(REPORT, { p: period, t: '   ' }, org.admin.token);
    expect(blank.errors?.[0]?.extensions?.reason).toBe('INVALID_FILTER');
  });
});
