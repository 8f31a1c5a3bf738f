import type { DataSourceOptions } from 'typeorm';

export interface PoolSettings {
  url: string;
  poolSize: number;
  /** Name reported to PostgreSQL (pg_stat_activity), e.g. "waypoint-api". */
  applicationName: string;
  pipeline: boolean;
}

/**
 * The connection pool of the api and worker. In node-postgres' pipeline mode, statements issued
 * together (`ScopedTransaction.batch`) share one round trip; each still waits its turn on the
 * server, so nothing else changes.
 */
export function pooledConnectionOptions({ url, poolSize, applicationName, pipeline }: PoolSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: applicationName, pipeline },
  };
}
