import { registerEnumType } from '@nestjs/graphql';

/** Who can see a reflection by default / now. */
export enum Visibility {
  PRIVATE = 'PRIVATE',
  SHARED_WITH_COACHES = 'SHARED_WITH_COACHES',
}

/** State of a background job's result (research plan, summary, action plan). */
export enum JobState {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
}

registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(JobState, { name: 'JobState' });
