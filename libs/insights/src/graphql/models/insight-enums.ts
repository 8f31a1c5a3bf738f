import { registerEnumType } from '@nestjs/graphql';

export enum ActionCategory {
  SKILL_DEVELOPMENT = 'SKILL_DEVELOPMENT',
  CAREER_POSITIONING = 'CAREER_POSITIONING',
  OPPORTUNITY_CREATION = 'OPPORTUNITY_CREATION',
  CAREER_MANAGEMENT = 'CAREER_MANAGEMENT',
}

export enum ActionStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

/** Where a summary's satisfaction score comes from. */
export enum SatisfactionSource {
  PARTICIPANT = 'PARTICIPANT',
  ESTIMATED = 'ESTIMATED',
}

registerEnumType(ActionCategory, { name: 'ActionCategory' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });
registerEnumType(SatisfactionSource, {
  name: 'SatisfactionSource',
  description: 'PARTICIPANT: the participant rated it themselves; ESTIMATED: inferred from the tone of their answers',
});

export const toSatisfactionSource = (source: 'participant' | 'estimated' | null): SatisfactionSource | null =>
  source === 'participant' ? SatisfactionSource.PARTICIPANT : source === 'estimated' ? SatisfactionSource.ESTIMATED : null;
