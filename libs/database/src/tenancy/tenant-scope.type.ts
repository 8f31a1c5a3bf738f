/**
 * What a transaction may see under row-level security. `organisationId` selects the tenant;
 * `userId` additionally lets a user read their own memberships across organisations (login,
 * organisation switch). Null means "nothing": every tenant table then answers with zero rows.
 */
export interface TenantScope {
  organisationId: string | null;
  userId: string | null;
  /** Cross-tenant housekeeping (outbox relay, schedulers); only a few policies honour it. */
  system?: boolean;
}

export const NO_SCOPE: TenantScope = Object.freeze({ organisationId: null, userId: null });
export const SYSTEM_SCOPE: TenantScope = Object.freeze({ organisationId: null, userId: null, system: true });
export const tenantScope = (organisationId: string, userId: string | null = null): TenantScope => ({ organisationId, userId });
