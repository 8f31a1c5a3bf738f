import { registerEnumType } from '@nestjs/graphql';

export enum CadenceEnum {
  ONCE = 'ONCE',
  QUARTERLY = 'QUARTERLY',
  ANNUALLY = 'ANNUALLY',
  RRULE = 'RRULE',
}

registerEnumType(CadenceEnum, { name: 'Cadence' });
