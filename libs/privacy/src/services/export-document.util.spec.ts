import { describe, expect, it } from '@jest/globals';
import { buildExportDocument, EXPORT_FORMAT, type ExportRows } from './export-document.util.js';

const empty: ExportRows = {
  organisation: [],
  member: [],
  sessions: [],
  turns: [],
  summaries: [],
  actionPlans: [],
  actionItems: [],
  comments: [],
  shares: [],
  accessLog: [],
  questions: [],
  assignments: [],
  personalTemplates: [],
};

describe('buildExportDocument', () => {
  it('nests turns, summary, plan with items and comments, shares and reads under their session', () => {
    const document = buildExportDocument(
      {
        ...empty,
        organisation: [{ id: 'org', name: 'Acme' }],
        member: [{ membershipId: 'me', email: 'me@example.test' }],
        sessions: [
          { id: 's1', status: 'COMPLETED' },
          { id: 's2', status: 'IN_PROGRESS' },
        ],
        turns: [
          { id: 't1', sessionId: 's1', seq: 0, content: 'Question?' },
          { id: 't2', sessionId: 's1', seq: 1, content: 'Answer.' },
          { id: 't3', sessionId: 's2', seq: 0, content: 'Another?' },
        ],
        summaries: [{ id: 'sum1', sessionId: 's1', overview: 'Overview' }],
        actionPlans: [{ id: 'p1', sessionId: 's1', state: 'READY' }],
        actionItems: [{ id: 'i1', actionPlanId: 'p1', title: 'Find a mentor' }],
        comments: [{ id: 'c1', actionItemId: 'i1', body: 'Good idea', authorMembershipId: 'coach' }],
        shares: [{ sessionId: 's1', coachMembershipId: 'coach', revokedAt: null }],
        accessLog: [{ id: 'l1', sessionId: 's1', readerMembershipId: 'coach', action: 'summary' }],
        questions: [{ id: 'q1', question: 'What themes?' }],
      },
      new Date('2026-01-02T03:04:05.000Z'),
    );
    expect(document).toMatchObject({ format: EXPORT_FORMAT, exportedAt: '2026-01-02T03:04:05.000Z', organisation: { name: 'Acme' } });
    expect(document.unattached).toBeUndefined();
    const [s1, s2] = document.sessions;
    expect(s1).toEqual({
      id: 's1',
      status: 'COMPLETED',
      turns: [
        { id: 't1', seq: 0, content: 'Question?' },
        { id: 't2', seq: 1, content: 'Answer.' },
      ],
      summary: { id: 'sum1', overview: 'Overview' },
      actionPlan: {
        id: 'p1',
        state: 'READY',
        items: [{ id: 'i1', title: 'Find a mentor', comments: [{ id: 'c1', body: 'Good idea', authorMembershipId: 'coach' }] }],
      },
      sharedWith: [{ coachMembershipId: 'coach', revokedAt: null }],
      accessLog: [{ id: 'l1', readerMembershipId: 'coach', action: 'summary' }],
    });
    expect(s2).toMatchObject({ id: 's2', turns: [{ id: 't3' }], summary: null, actionPlan: null, sharedWith: [], accessLog: [] });
    expect(document.questions).toEqual([{ id: 'q1', question: 'What themes?' }]);
  });

  it('keeps owned rows whose session is missing instead of dropping them', () => {
    const document = buildExportDocument(
      {
        ...empty,
        summaries: [{ id: 'sum', sessionId: 'gone' }],
        actionPlans: [{ id: 'p', sessionId: 'gone' }],
        actionItems: [{ id: 'i', actionPlanId: 'elsewhere' }],
      },
      new Date(0),
    );
    expect(document.unattached).toEqual({
      summaries: [{ id: 'sum', sessionId: 'gone' }],
      actionPlans: [{ id: 'p', sessionId: 'gone', items: [] }],
      actionItems: [{ id: 'i', actionPlanId: 'elsewhere' }],
    });
  });

  it('is empty, not missing, for a member who owns nothing', () => {
    const document = buildExportDocument(empty, new Date(0));
    expect(document).toEqual({
      format: EXPORT_FORMAT,
      exportedAt: new Date(0).toISOString(),
      organisation: null,
      member: null,
      sessions: [],
      questions: [],
      assignments: [],
      personalTemplates: [],
    });
  });
});
