import { authConfig, databaseConfig, mailConfig, redisConfig, runtimeConfig, workerConfig } from '#config';

/** Every configuration concern the worker validates at boot. */
export const WORKER_CONFIG = [runtimeConfig, databaseConfig, redisConfig, authConfig, mailConfig, workerConfig];
