import type { DataSourceOptions } from 'typeorm';

export interface PoolSettings {
  url: string;
  poolSize: number;
  /** Name reported to PostgreSQL (pg_stat_activity), e.g. "waypoint-api". */
  applicationName: string;
}

/**
 * The connection pool of the api and worker. Pipeline mode lets statements issued together share
 * one round trip (see `PipelinedConnection`); TypeORM's own statements are unaffected.
 */
export function pooledConnectionOptions({ url, poolSize, applicationName }: PoolSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: applicationName, pipeline: true },
  };
}
