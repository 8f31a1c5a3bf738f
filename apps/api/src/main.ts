import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { httpConfig } from '#config';
import { AppModule } from './app.module.js';

async function bootstrap(): Promise<void> {
  const http = httpConfig.load();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: http.bodyLimitBytes, trustProxy: http.trustProxy }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.listen(http.port, http.host);
  app.get(Logger).log({ url: await app.getUrl() }, 'api listening');
}

bootstrap().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'api failed to start', error: error.message }));
  process.exit(1);
});
