import { PlatformAndIdentity1732450000000 } from './1732450000000-platform-and-identity.migration.js';
import { EmailDeliveries1732450001000 } from './1732450001000-email-deliveries.migration.js';

/** Every migration, in order. Listed explicitly so the compiled output needs no file globbing. */
export const MIGRATIONS = [PlatformAndIdentity1732450000000, EmailDeliveries1732450001000];
