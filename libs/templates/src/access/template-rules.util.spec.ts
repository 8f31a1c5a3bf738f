import { describe, expect, it } from '@jest/globals';
import type { MemberActor, Role } from '#auth';
import { mayCreate, mayEdit, mayRead, mayRunSession } from './template-rules.util.js';

const ORG = 'org-1';
const actor = (membershipId: string, ...roles: Array<`${Role}`>): MemberActor => ({
  userId: `u-${membershipId}`,
  organisationId: ORG,
  membershipId,
  roles: roles as Role[],
});
const coach = actor('coach', 'COACH');
const otherCoach = actor('coach-2', 'COACH');
const hr = actor('hr', 'HR');
const admin = actor('admin', 'ORG_ADMIN');
const participant = actor('p', 'PARTICIPANT');
const stranger = { ...admin, organisationId: 'org-2' };

const library = { organisationId: ORG, ownerMembershipId: 'coach', personal: false, archivedAt: null };
const starter = { ...library, ownerMembershipId: null };
const personal = { organisationId: ORG, ownerMembershipId: 'p', personal: true, archivedAt: null };

describe('template rules (docs/permissions.md)', () => {
  it('create: participants personal only, coaches and admins the library, HR nothing', () => {
    expect([mayCreate(participant, true), mayCreate(participant, false)]).toEqual([true, false]);
    expect([mayCreate(coach, false), mayCreate(admin, false)]).toEqual([true, true]);
    expect([mayCreate(hr, true), mayCreate(hr, false)]).toEqual([false, false]);
  });

  it('read: the library for coaches, HR and admins; participants only when assigned; personal for the owner alone', () => {
    expect([coach, otherCoach, hr, admin].map((a) => mayRead(a, library, false))).toEqual([true, true, true, true]);
    expect([mayRead(participant, library, false), mayRead(participant, library, true)]).toEqual([false, true]);
    expect([participant, coach, hr, admin].map((a) => mayRead(a, personal, false))).toEqual([true, false, false, false]);
    expect(mayRead(stranger, library, true)).toBe(false);
  });

  it('edit: own templates for coaches, the whole library (starters included) for admins, personal for the owner', () => {
    expect([coach, otherCoach, hr, admin, participant].map((a) => mayEdit(a, library))).toEqual([true, false, false, true, false]);
    expect([coach, admin].map((a) => mayEdit(a, starter))).toEqual([false, true]);
    expect([participant, admin].map((a) => mayEdit(a, personal))).toEqual([true, false]);
    expect(mayEdit(stranger, library)).toBe(false);
  });

  it('sessions: any non-archived library template, an archived one only when assigned, personal for the owner', () => {
    const archived = { ...library, archivedAt: new Date() };
    expect([
      mayRunSession(participant, library, false),
      mayRunSession(participant, archived, false),
      mayRunSession(participant, archived, true),
    ]).toEqual([true, false, true]);
    expect([mayRunSession(participant, personal, false), mayRunSession(coach, personal, false)]).toEqual([true, false]);
    expect(mayRunSession(stranger, library, true)).toBe(false);
  });
});
