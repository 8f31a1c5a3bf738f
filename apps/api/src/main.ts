import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { httpConfig } from '#config';
import { QueueRegistry } from '#jobs';
import { mountQueueDashboard } from '#jobs/dashboard';
import { requestIdOf, shutDownOnSignal } from '#observability';
import { AppModule } from './app.module.js';

async function bootstrap(): Promise<void> {
  const http = httpConfig.load();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: http.bodyLimitBytes, trustProxy: http.trustProxy, genReqId: requestIdOf }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    });
  if (http.queueDashboardToken) await mountQueueDashboard(app.getHttpAdapter().getInstance(), app.get(QueueRegistry), http.queueDashboardToken);
  await app.listen(http.port, http.host);
  app.get(Logger).log({ url: await app.getUrl() }, 'api listening');
  shutDownOnSignal(() => app.close());
}

bootstrap().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'api failed to start', error: error.message }));
  process.exit(1);
});
