/**
 * SQL helpers shared by migrations: every tenant-owned table gets the same row-level security,
 * forced even for the owner, with the tenant read from a transaction-local setting.
 */
export function enableTenantIsolation(table: string): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_tenant ON ${table} USING (organisation_id = app_current_organisation()) WITH CHECK (organisation_id = app_current_organisation())`,
  ];
}

export function disableTenantIsolation(table: string): string[] {
  return [
    `DROP POLICY IF EXISTS ${table}_tenant ON ${table}`,
    `ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`,
    `ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`,
  ];
}
