import fastifyCors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * CORS for the listed origins only (exact matches). Another origin gets no
 * Access-Control-Allow-Origin header, so browsers refuse its requests; tokens travel in the
 * Authorization header, never in cookies, so credentials are not allowed.
 */
export async function enableCors(app: NestFastifyApplication, origins: readonly string[]): Promise<void> {
  await app.register(fastifyCors, {
    origin: [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  });
}
