import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { type DatabaseConfig, databaseConfig } from '#config';
import { pooledConnectionOptions } from './tenancy/connection-options.js';
import { RequestLoaders } from './tenancy/request-loaders.service.js';
import { TenantDatabase } from './tenancy/tenant-database.service.js';

export interface DatabaseModuleOptions {
  /** Name reported to PostgreSQL (pg_stat_activity), e.g. "waypoint-api". */
  applicationName: string;
  /** Mount the CLS middleware so each HTTP request has its own context (api only). */
  http: boolean;
}

@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        ClsModule.forRoot({ global: true, middleware: { mount: options.http } }),
        TypeOrmModule.forRootAsync({
          inject: [databaseConfig.KEY],
          useFactory: (db: DatabaseConfig) => ({
            ...pooledConnectionOptions({
              url: db.appUrl,
              poolSize: db.poolSize,
              applicationName: options.applicationName,
              pipeline: db.pipeline,
            }),
            autoLoadEntities: true,
          }),
        }),
      ],
      providers: [TenantDatabase, RequestLoaders],
      exports: [TenantDatabase, RequestLoaders],
    };
  }
}
