import type { ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SMTPServer } from 'smtp-server';
import { prepareDatabase } from '#database';
import { dropDatabase } from './database.util.js';
import { freePort } from './free-port.util.js';
import { startProcess, stopProcess, waitForHttp } from './processes.util.js';
import { startSmtpCapture } from './smtp-capture.util.js';
import { testEnvironment } from './test-environment.util.js';

export interface E2eSystem {
  env: NodeJS.ProcessEnv;
  smtp: SMTPServer;
  api: ChildProcess;
  worker: ChildProcess;
}

/**
 * Starts the real system once for the e2e suite: migrations on a test database, an SMTP server,
 * and the compiled api and worker as separate processes. Test files talk to them over HTTP.
 */
export async function startE2eSystem(): Promise<E2eSystem> {
  const run = `${Date.now().toString(36)}${process.pid}`;
  const env = testEnvironment(run, { api: await freePort(), smtp: await freePort() });
  await mkdir(env.WAYPOINT_TEST_LOG_DIR!, { recursive: true });
  // A fresh database every run: nothing another checkout migrated into it can change what is tested.
  await dropDatabase(env.DATABASE_URL!);
  await prepareDatabase(env);

  const smtp = await startSmtpCapture(env.WAYPOINT_TEST_MAIL_DIR!, Number(new URL(env.SMTP_URL!).port));
  const api = startProcess('dist/apps/api/src/main.js', env, join(env.WAYPOINT_TEST_LOG_DIR!, 'api.log'));
  const worker = startProcess('dist/apps/worker/src/main.js', env, join(env.WAYPOINT_TEST_LOG_DIR!, 'worker.log'));
  await waitForHttp(`${env.WAYPOINT_TEST_API_URL}/health/ready`);
  // Test files run in worker processes that inherit this variable.
  process.env.WAYPOINT_TEST_ENV = JSON.stringify(env);
  return { env, smtp, api, worker };
}

export async function stopE2eSystem(system: E2eSystem | undefined): Promise<void> {
  if (!system) return;
  await Promise.all([stopProcess(system.api), stopProcess(system.worker)]);
  await new Promise<void>((resolve) => system.smtp.close(() => resolve()));
}
