import 'reflect-metadata';
import { ConsoleLogger, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { clientsConfig, httpConfig, loadEnvFile, runtimeConfig, validateConfigurationOrExit } from '#config';
import { QueueRegistry } from '#jobs';
import { mountQueueDashboard } from '#jobs/dashboard';
import { llmConfig } from '#llm';
import { requestIdOf, shutDownOnSignal } from '#observability';
import { webhooksConfig } from '#webhooks';
import { API_CONFIG } from './api-config.js';
import { AppModule } from './app.module.js';
import { enableCors } from './http/cors.util.js';
import { mountGraphiqlAssets } from './http/graphiql-assets.util.js';

/** Until the app's own (pino) logger takes over, anything Nest says is a JSON line too. */
const BOOT_LOGGER = new ConsoleLogger({ json: true, colors: false, logLevels: ['warn', 'error', 'fatal'] });

async function bootstrap(): Promise<void> {
  loadEnvFile();
  // Every concern is checked before Nest starts, so a bad variable is one JSON line, never a stack.
  validateConfigurationOrExit('api', [...API_CONFIG, llmConfig, webhooksConfig]);
  const http = httpConfig.load();
  const clients = clientsConfig.load();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: http.bodyLimitBytes, trustProxy: http.trustProxy, genReqId: requestIdOf }),
    { bufferLogs: true, abortOnError: false, logger: BOOT_LOGGER },
  );
  app.useLogger(app.get(Logger));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    });
  await enableCors(app, clients.corsOrigins);
  if (clients.graphqlIde) await mountGraphiqlAssets(app);
  if (http.queueDashboardToken)
    await mountQueueDashboard(app.getHttpAdapter().getInstance(), app.get(QueueRegistry), http.queueDashboardToken);
  await app.listen(http.port, http.host);
  new NestLogger('NestApplication').log({ url: await app.getUrl() }, 'api listening');
  shutDownOnSignal(() => app.close(), runtimeConfig.load().shutdownTimeoutMs, 'api');
}

bootstrap().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'fatal', time: Date.now(), service: 'api', msg: 'api failed to start', error: error.message }));
  process.exit(1);
});
