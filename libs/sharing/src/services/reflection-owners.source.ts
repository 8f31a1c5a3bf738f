import type { OwnedReflection } from '../reflection-part.type.js';

/**
 * Who owns a reflection (no content). Provided by the library that stores reflections: it
 * depends on this one, so this one names only the shape.
 */
export abstract class ReflectionOwners {
  /** The reflection with its owner, or null. */
  abstract find(organisationId: string, sessionId: string): Promise<OwnedReflection | null>;
  /** The same, locked until the transaction ends, so share and revoke calls on it apply in turn. */
  abstract lock(organisationId: string, sessionId: string): Promise<OwnedReflection | null>;
}
