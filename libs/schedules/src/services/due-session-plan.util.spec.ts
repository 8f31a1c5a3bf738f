import { describe, expect, it } from '@jest/globals';
import { type DueAssignmentRow, planDueSessions } from './due-session-plan.util.js';

const row = (overrides: Partial<DueAssignmentRow> = {}): DueAssignmentRow => ({
  id: 'a1',
  organisation_id: 'o1',
  template_id: 't1',
  participant_membership_id: 'p1',
  cadence: 'QUARTERLY',
  rrule: null,
  timezone: 'America/New_York',
  starts_at: new Date('2026-11-15T14:00:00Z'),
  window_days: 14,
  next_due_at: new Date('2026-11-15T14:00:00Z'),
  template_version: 3,
  default_visibility: 'SHARED_WITH_COACHES',
  materialise: true,
  ...overrides,
});

describe('planDueSessions', () => {
  it('plans the due session, pins the version, and advances to the next quarter in local time', () => {
    const plan = planDueSessions([row({ next_due_at: new Date('2027-05-15T13:00:00Z') })], new Date('2027-05-15T13:00:00Z'));
    expect(plan.sessions).toEqual({
      organisationIds: ['o1'],
      participantIds: ['p1'],
      templateIds: ['t1'],
      templateVersions: [3],
      visibilities: ['SHARED_WITH_COACHES'],
      assignmentIds: ['a1'],
      dueAts: ['2027-05-15T13:00:00.000Z'],
      windowClosesAts: ['2027-05-29T13:00:00.000Z'],
    });
    expect(plan.advance).toEqual({ organisationIds: ['o1'], assignmentIds: ['a1'], nextDueAts: ['2027-08-15T13:00:00.000Z'] });
    expect(plan.broken).toEqual([]);
  });

  it('skips due dates whose window already closed when catching up', () => {
    const plan = planDueSessions([row()], new Date('2027-05-20T00:00:00Z'));
    expect(plan.sessions.dueAts).toEqual(['2027-05-15T13:00:00.000Z']);
    expect(plan.advance.nextDueAts).toEqual(['2027-08-15T13:00:00.000Z']);
  });

  it('advances without creating sessions when the participant left or the template is archived', () => {
    const plan = planDueSessions([row({ materialise: false })], new Date('2026-11-15T14:00:00Z'));
    expect(plan.sessions.assignmentIds).toEqual([]);
    expect(plan.advance.nextDueAts).toEqual(['2027-02-15T14:00:00.000Z']);
  });

  it('ends a ONCE schedule and stops a broken one instead of failing the chunk', () => {
    const plan = planDueSessions(
      [row({ id: 'once', cadence: 'ONCE' }), row({ id: 'broken', cadence: 'RRULE', rrule: 'FREQ=NEVER' })],
      new Date('2026-11-16T00:00:00Z'),
    );
    expect(plan.sessions.assignmentIds).toEqual(['once']);
    expect(plan.advance).toEqual({ organisationIds: ['o1', 'o1'], assignmentIds: ['once', 'broken'], nextDueAts: [null, null] });
    expect(plan.broken).toEqual(['broken']);
  });
});
