import { authConfig, databaseConfig, httpConfig, mailConfig, redisConfig, runtimeConfig } from '#config';

/** Every configuration concern the api validates at boot. */
export const API_CONFIG = [runtimeConfig, httpConfig, databaseConfig, redisConfig, authConfig, mailConfig];
