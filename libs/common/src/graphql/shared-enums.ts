import { registerEnumType } from '@nestjs/graphql';
import { JobState, Visibility } from '../domain/shared-states.js';

registerEnumType(Visibility, { name: 'Visibility' });
registerEnumType(JobState, { name: 'JobState' });

export { JobState, Visibility };
