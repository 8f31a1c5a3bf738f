import { authConfig, databaseConfig, httpConfig, liveConfig, mailConfig, redisConfig, runtimeConfig } from '#config';

/** Every configuration concern the api validates at boot. */
export const API_CONFIG = [runtimeConfig, httpConfig, databaseConfig, redisConfig, authConfig, mailConfig, liveConfig];
