import { registerEnumType } from '@nestjs/graphql';
import { Role } from '#auth';

registerEnumType(Role, { name: 'Role' });

export { Role };
