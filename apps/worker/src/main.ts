import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { shutDownOnSignal } from '#observability';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  // SIGTERM/SIGINT close the BullMQ workers (waiting for active jobs), then the database pool.
  shutDownOnSignal(() => app.close());
}

bootstrap().catch((error: Error) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'worker failed to start', error: error.message }));
  process.exit(1);
});
