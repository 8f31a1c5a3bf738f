import { registerEnumType } from '@nestjs/graphql';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
  EXPIRED = 'EXPIRED',
}

export enum TurnRole {
  INTERVIEWER = 'INTERVIEWER',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(TurnRole, { name: 'TurnRole' });
