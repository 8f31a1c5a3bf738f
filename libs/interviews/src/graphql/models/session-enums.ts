import { registerEnumType } from '@nestjs/graphql';
import { SessionStatus, TurnRole } from '../../entities/session-enums.js';

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(TurnRole, { name: 'TurnRole' });

export { SessionStatus, TurnRole };
