import type { ValueOf } from '#common';

export const SessionStatus = {
  SCHEDULED: 'SCHEDULED',
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
  ABANDONED: 'ABANDONED',
  EXPIRED: 'EXPIRED',
} as const;
export type SessionStatus = ValueOf<typeof SessionStatus>;

export const TurnRole = { INTERVIEWER: 'INTERVIEWER', PARTICIPANT: 'PARTICIPANT' } as const;
export type TurnRole = ValueOf<typeof TurnRole>;
