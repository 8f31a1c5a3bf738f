import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { envWith, testEnv } from '#testing';

const run = promisify(execFile);
const SEED = 'dist/libs/demo/src/cli/seed-demo.js';

/** The README's demo queries: the bash block that signs in with the demo password. */
async function readmeDemoBlock(): Promise<string> {
  const readme = await readFile('README.md', 'utf8');
  const block = [...readme.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('northwind-demo-password'));
  if (!block) throw new Error('README has no demo query block');
  return block;
}

describe('npm run seed', () => {
  it('writes the demo organisation once, prints the logins, and the README queries show it', async () => {
    const env = envWith({ SEED_API_URL: testEnv().WAYPOINT_TEST_API_URL });
    const first = await run(process.execPath, [SEED], { env, timeout: 150_000 });
    expect(first.stdout).toContain('HR report ready');
    for (const email of [
      'admin@northwind.example',
      'coach@northwind.example',
      'hr@northwind.example',
      'ada@northwind.example',
      'farid@northwind.example',
    ]) {
      expect(first.stdout).toContain(email);
    }

    const again = await run(process.execPath, [SEED], { env, timeout: 60_000 });
    expect(again.stdout).toContain('The demo data is already there; nothing was changed.');
    expect(again.stdout).not.toContain('HR report ready');

    const shown = await run('bash', ['-c', await readmeDemoBlock()], {
      env: { ...env, API: `${testEnv().WAYPOINT_TEST_API_URL}/graphql` },
      timeout: 60_000,
    });
    const [ada, coach, hr] = shown.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));

    expect(ada.data.mySessions).toHaveLength(1);
    const [session] = ada.data.mySessions;
    expect(session).toMatchObject({ status: 'COMPLETED', summary: { satisfactionScore: 5 }, actionPlan: { state: 'READY' } });
    expect(session.summary.overview).toContain('5 out of 10');
    expect(session.summary.strengths.length).toBeGreaterThan(0);
    expect(session.actionPlan.items.length).toBeGreaterThanOrEqual(3);

    expect(coach.data.coachingRelationships.map((r: any) => r.participant.user.displayName).sort()).toEqual([
      'Ada',
      'Ben',
      'Chloe',
      'Dev',
      'Elena',
      'Farid',
    ]);

    const report = hr.data.developmentThemes;
    expect(report.threshold).toBe(5);
    expect(report.suppressedCells).toBeGreaterThan(0);
    expect(report.groups[0]).toMatchObject({ group: 'organisation', participants: 6, suppressed: false });
    expect(report.groups[0].themes.length).toBeGreaterThan(0);
    for (const theme of report.groups[0].themes) expect(theme.participants).toBeGreaterThanOrEqual(5);
    expect(report.groups.slice(1)).toEqual([
      { group: 'Engineering', participants: null, suppressed: true, averageSatisfaction: null, themes: [] },
      { group: 'Sales', participants: null, suppressed: true, averageSatisfaction: null, themes: [] },
    ]);
  });
});
