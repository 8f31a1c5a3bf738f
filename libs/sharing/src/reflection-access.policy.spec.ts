import { describe, expect, it, jest } from '@jest/globals';
import type { ClsService } from 'nestjs-cls';
import type { MemberActor, Role } from '#auth';
import type { TenantDatabase } from '#database';
import type { OwnedReflection } from './reflection-part.type.js';

// The policy's collaborators are faked below; their modules (CommonJS requiring ESM) stay unloaded.
jest.unstable_mockModule('nestjs-cls', () => ({ ClsService: class {} }));
jest.unstable_mockModule('#database', () => ({ TenantDatabase: class {} }));
const { ReflectionAccessPolicy } = await import('./reflection-access.policy.js');

const ORG = '00000000-0000-4000-8000-000000000001';
const actor = (membershipId: string, roles: Array<`${Role}`>, organisationId = ORG): MemberActor => ({
  userId: `u-${membershipId}`,
  organisationId,
  membershipId,
  roles: roles as Role[],
});
const owner = actor('owner', ['PARTICIPANT']);
const coach = actor('coach', ['COACH']);
const admin = actor('admin', ['ORG_ADMIN', 'HR']);
const reflection: OwnedReflection = { id: 's1', organisationId: ORG, participantMembershipId: 'owner' };
const other: OwnedReflection = { id: 's2', organisationId: ORG, participantMembershipId: 'owner' };

/** The policy over a fake database: `shared` lists the sessions the coach query returns. */
function policyWith(shared: string[]) {
  const queries: unknown[][] = [];
  const logged: Array<Record<string, unknown>> = [];
  const store = new Map<string, unknown>();
  const db = {
    manager: {
      query: async (_sql: string, params: unknown[]) => {
        queries.push(params);
        return shared.filter((id) => (params[2] as string[]).includes(id)).map((session_id) => ({ session_id }));
      },
    },
    repository: () => ({ insert: async (row: Record<string, unknown>) => void logged.push(row) }),
  } as unknown as TenantDatabase;
  const cls = {
    isActive: () => true,
    get: (key: string) => store.get(key),
    set: (key: string, value: unknown) => store.set(key, value),
  } as unknown as ClsService;
  return { policy: new ReflectionAccessPolicy(db, cls), queries, logged, newRequest: () => store.clear() };
}

describe('ReflectionAccessPolicy', () => {
  it('lets the owner read and write everything without asking the database or logging', async () => {
    const { policy, queries, logged } = policyWith([]);
    for (const part of ['session', 'turns', 'summary', 'action_plan', 'qa', 'trend', 'access_log'] as const) {
      await expect(policy.authorizeRead(owner, reflection, part)).resolves.toEqual({ kind: 'owner' });
    }
    expect(() => policy.assertOwner(owner, reflection)).not.toThrow();
    expect([queries, logged]).toEqual([[], []]);
  });

  it('answers NOT_FOUND, exactly like a missing reflection, to anyone without an active share', async () => {
    const { policy, logged } = policyWith([]);
    for (const who of [coach, admin, actor('hr', ['HR'])]) {
      await expect(policy.authorizeRead(who, reflection, 'session', 'Reflection session')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Reflection session not found',
      });
      expect(() => policy.assertOwner(who, reflection, 'Reflection session')).toThrow('Reflection session not found');
    }
    await expect(policy.authorizeRead(owner, null, 'session', 'Reflection session')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Reflection session not found',
    });
    expect(logged).toEqual([]);
  });

  it('never lets another organisation in, whatever its ids say (not even the "owner" membership id)', async () => {
    const { policy, queries } = policyWith(['s1']);
    const outsider = actor('owner', ['ORG_ADMIN', 'COACH'], '00000000-0000-4000-8000-000000000002');
    await expect(policy.authorizeRead(outsider, reflection, 'session')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await policy.filterReadable(outsider, [reflection], 'session')).toEqual([]);
    expect(() => policy.assertOwner(outsider, reflection)).toThrow();
    expect(queries).toEqual([]);
  });

  it('lets a coach with an active share read the shareable parts only, logging each part once per request', async () => {
    const { policy, logged, newRequest } = policyWith(['s1']);
    await expect(policy.authorizeRead(coach, reflection, 'session')).resolves.toEqual({ kind: 'coach', coachMembershipId: 'coach' });
    await policy.authorizeRead(coach, reflection, 'session');
    await policy.authorizeRead(coach, reflection, 'summary');
    for (const part of ['qa', 'trend', 'access_log'] as const)
      await expect(policy.authorizeRead(coach, reflection, part)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(logged.map((row) => row.action)).toEqual(['session', 'summary']);
    expect(logged[0]).toEqual({
      organisationId: ORG,
      sessionId: 's1',
      ownerMembershipId: 'owner',
      readerMembershipId: 'coach',
      action: 'session',
    });
    newRequest();
    await policy.authorizeRead(coach, reflection, 'session');
    expect(logged.map((row) => row.action)).toEqual(['session', 'summary', 'session']);
  });

  it('filters lists per reflection: a share of one exposes no other', async () => {
    const { policy, logged } = policyWith(['s1']);
    expect(await policy.filterReadable(coach, [reflection, other], 'turns')).toEqual([reflection]);
    expect(await policy.filterReadable(owner, [reflection, other], 'turns')).toEqual([reflection, other]);
    expect(logged.map((row) => [row.sessionId, row.action])).toEqual([['s1', 'turns']]);
  });

  it('asks the database once per request and reflection, and again in the next request: a revoked share is gone then', async () => {
    const shared = ['s1'];
    const { policy, queries, newRequest } = policyWith(shared);
    await policy.authorizeRead(coach, reflection, 'session');
    await policy.authorizeRead(coach, reflection, 'turns');
    expect(await policy.filterReadable(coach, [reflection, other], 'summary')).toEqual([reflection]);
    expect(queries.map((params) => params[2])).toEqual([['s1'], ['s2']]);
    shared.pop();
    newRequest();
    await expect(policy.authorizeRead(coach, reflection, 'turns')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(queries).toHaveLength(3);
  });
});
