import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { loadEnvFile, runtimeConfig, validateConfigurationOrExit } from '#config';
import { llmConfig } from '#llm';
import { shutDownOnSignal } from '#observability';
import { webhooksConfig } from '#webhooks';
import { WorkerModule } from './worker.module.js';
import { WORKER_CONFIG } from './worker-config.js';

/** Until the app's own (pino) logger takes over, anything Nest says is a JSON line too. */
const BOOT_LOGGER = new ConsoleLogger({ json: true, colors: false, logLevels: ['warn', 'error', 'fatal'] });

async function bootstrap(): Promise<void> {
  loadEnvFile();
  // Every concern is checked before Nest starts, so a bad variable is one JSON line, never a stack.
  validateConfigurationOrExit('worker', [...WORKER_CONFIG, llmConfig, webhooksConfig]);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false, logger: BOOT_LOGGER });
  app.useLogger(app.get(Logger));
  await app.init();
  // SIGTERM/SIGINT close the BullMQ workers (waiting for active jobs), then the database pool.
  shutDownOnSignal(() => app.close(), runtimeConfig.load().shutdownTimeoutMs, 'worker');
}

bootstrap().catch((error: Error) => {
  console.error(
    JSON.stringify({ level: 'fatal', time: Date.now(), service: 'worker', msg: 'worker failed to start', error: error.message }),
  );
  process.exit(1);
});
