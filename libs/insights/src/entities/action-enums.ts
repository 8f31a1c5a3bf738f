import type { ValueOf } from '#common';

export const ActionCategory = {
  SKILL_DEVELOPMENT: 'SKILL_DEVELOPMENT',
  CAREER_POSITIONING: 'CAREER_POSITIONING',
  OPPORTUNITY_CREATION: 'OPPORTUNITY_CREATION',
  CAREER_MANAGEMENT: 'CAREER_MANAGEMENT',
} as const;
export type ActionCategory = ValueOf<typeof ActionCategory>;

export const ActionStatus = { TODO: 'TODO', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE', DROPPED: 'DROPPED' } as const;
export type ActionStatus = ValueOf<typeof ActionStatus>;
