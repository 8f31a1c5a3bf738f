import { registerEnumType } from '@nestjs/graphql';
import { Role } from '../../role.enum.js';

registerEnumType(Role, { name: 'Role' });

export { Role };
