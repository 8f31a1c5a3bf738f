import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createOrganisation, ownerQuery, testEnv } from '#testing';
import {
  execute,
  executeOk,
  MembersPageDocument,
  type MembersPageQuery,
  ReflectionTemplatesPageDocument,
  type ReflectionTemplatesPageQuery,
  type WaypointClientOptions,
} from '../clients/index.js';

const SEEDED = 249;

/** 249 members besides the admin, all written by one statement: one created_at, ordered by id alone. */
async function seedMembers(organisationId: string): Promise<void> {
  await ownerQuery(
    `WITH u AS (
       INSERT INTO users (email, password_hash, display_name)
       SELECT 'seeded-' || g || '-' || $2 || '@example.test', 'not-a-hash', 'Seeded ' || g FROM generate_series(1, $3::int) g
       RETURNING id)
     INSERT INTO memberships (organisation_id, user_id, roles) SELECT $1, id, ARRAY['PARTICIPANT'] FROM u`,
    [organisationId, randomUUID().slice(0, 8), SEEDED],
  );
}

/** Every page of the members connection, following endCursor. */
async function walkMembers(client: WaypointClientOptions, first: number): Promise<{ ids: string[]; pages: number[] }> {
  const ids: string[] = [];
  const pages: number[] = [];
  let after: string | null = null;
  for (;;) {
    const result: MembersPageQuery = await executeOk(client, MembersPageDocument, { first, after });
    const page = result.membersConnection;
    ids.push(...page.edges.map((edge) => edge.node.id));
    pages.push(page.edges.length);
    if (!page.pageInfo.hasNextPage) return { ids, pages };
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    after = page.pageInfo.endCursor!;
  }
}

describe('cursor pagination (Relay connections)', () => {
  it('walks a 250-item list exactly once, in a stable order, at any page size', async () => {
    const org = await createOrganisation();
    await seedMembers(org.id);
    const client = { url: testEnv().WAYPOINT_TEST_API_URL!, token: org.admin.token };
    const expected = (
      await ownerQuery<{ id: string }>(`SELECT id FROM memberships WHERE organisation_id = $1 ORDER BY created_at, id`, [org.id])
    ).map((r) => r.id);
    expect(expected).toHaveLength(250);

    const largest = await walkMembers(client, 100);
    expect(largest.pages).toEqual([100, 100, 50]);
    expect(largest.ids).toEqual(expected);
    expect(new Set(largest.ids).size).toBe(250);

    const small = await walkMembers(client, 7);
    expect(small.ids).toEqual(expected);
    expect(small.pages).toHaveLength(36);
  });

  it('neither skips nor repeats rows when rows before the cursor go away between pages', async () => {
    const org = await createOrganisation();
    await seedMembers(org.id);
    const client = { url: testEnv().WAYPOINT_TEST_API_URL!, token: org.admin.token };
    const expected = (
      await ownerQuery<{ id: string }>(`SELECT id FROM memberships WHERE organisation_id = $1 ORDER BY created_at, id`, [org.id])
    ).map((r) => r.id);

    const first = (await executeOk(client, MembersPageDocument, { first: 100 })).membersConnection;
    // Ten members of the page already read leave the organisation: an OFFSET would now skip ten.
    const gone = first.edges.slice(50, 60).map((edge) => edge.node.id);
    await ownerQuery(`UPDATE memberships SET removed_at = now() WHERE id = ANY($1::uuid[])`, [gone]);
    const second = (await executeOk(client, MembersPageDocument, { first: 100, after: first.pageInfo.endCursor })).membersConnection;
    expect(second.edges.map((edge) => edge.node.id)).toEqual(expected.slice(100, 200));
  });

  it('uses a default page size when none is given', async () => {
    const org = await createOrganisation();
    await seedMembers(org.id);
    const page = (await executeOk({ url: testEnv().WAYPOINT_TEST_API_URL!, token: org.admin.token }, MembersPageDocument, {}))
      .membersConnection;
    expect(page.edges).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['above the largest page', { first: 101 }, 'INVALID_INPUT', /first must not be more than 100/],
    ['of no items', { first: 0 }, 'INVALID_INPUT', /first must be at least 1/],
    ['after a string that is no cursor', { first: 10, after: 'garbage!' }, 'INVALID_CURSOR', /after is not a cursor/],
    [
      'after a cursor with a forged position',
      { first: 10, after: Buffer.from(JSON.stringify(['2026-01-01 00:00:00+00', "x' OR 1=1"])).toString('base64url') },
      'INVALID_CURSOR',
      /after is not a cursor/,
    ],
    [
      'after base64 that is not JSON',
      { first: 10, after: Buffer.from('{not json').toString('base64url') },
      'INVALID_CURSOR',
      /after is not a cursor/,
    ],
  ])('refuses a page %s with BAD_USER_INPUT', async (_label, variables, reason, message) => {
    const org = await createOrganisation();
    const result = await execute({ url: testEnv().WAYPOINT_TEST_API_URL!, token: org.admin.token }, MembersPageDocument, variables);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(result.errors?.[0]?.message).toMatch(message);
  });

  it('pages through what the list field returns, newest first, for another connection too', async () => {
    const org = await createOrganisation();
    const client = { url: testEnv().WAYPOINT_TEST_API_URL!, token: org.admin.token };
    const ids: string[] = [];
    let after: string | null = null;
    let hasNextPage = true;
    while (hasNextPage) {
      const result: ReflectionTemplatesPageQuery = await executeOk(client, ReflectionTemplatesPageDocument, { first: 2, after });
      const page = result.reflectionTemplatesConnection;
      ids.push(...page.edges.map((edge) => edge.node.id));
      ({ hasNextPage } = page.pageInfo);
      after = page.pageInfo.endCursor ?? null;
    }
    const listed = await ownerQuery<{ id: string }>(
      `SELECT id FROM reflection_templates WHERE organisation_id = $1 AND archived_at IS NULL ORDER BY created_at DESC, id DESC`,
      [org.id],
    );
    expect(listed.length).toBeGreaterThan(2);
    expect(ids).toEqual(listed.map((r) => r.id));
  });
});
