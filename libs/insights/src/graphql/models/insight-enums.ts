import { registerEnumType } from '@nestjs/graphql';
import { ActionCategory, ActionStatus } from '../../entities/action-enums.js';

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

export { ActionCategory, ActionStatus };
