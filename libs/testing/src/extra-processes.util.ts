import { type ChildProcess, execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.util.js';
import { startProcess, stopProcess, waitForHttp } from './processes.util.js';
import { testEnv } from './test-env.util.js';

export const API_ENTRY = 'dist/apps/api/src/main.js';
export const WORKER_ENTRY = 'dist/apps/worker/src/main.js';

export interface ExtraProcess {
  child: ChildProcess;
  log: string;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface ExtraApi extends ExtraProcess {
  url: string;
}

/**
 * The suite's environment with `overrides` applied: a value of `undefined` removes the variable
 * (a child process would otherwise receive the string "undefined").
 */
export function envWith(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...testEnv(), ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete env[key];
  return env;
}

/** Starts another api process (own port and queue prefix unless overridden) and waits until it is ready. */
export async function startExtraApi(label: string, overrides: Record<string, string | undefined> = {}): Promise<ExtraApi> {
  const port = await freePort();
  const env = envWith({ PORT: String(port), QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-${label}-${port}`, ...overrides });
  const log = join(testEnv().WAYPOINT_TEST_LOG_DIR!, `api-${label}-${port}.log`);
  const child = startProcess(API_ENTRY, env, log);
  const url = `http://127.0.0.1:${env.PORT}`;
  try {
    await waitForHttp(`${url}/health/ready`);
  } catch (error) {
    await stopProcess(child);
    throw new Error(`${(error as Error).message}; log: ${await readFile(log, 'utf8').catch(() => '')}`);
  }
  return { url, child, log, stop: () => stopProcess(child) };
}

/** Starts another worker process and waits for its "worker ready" line. */
export async function startExtraWorker(label: string, env: NodeJS.ProcessEnv): Promise<ExtraProcess> {
  const log = join(testEnv().WAYPOINT_TEST_LOG_DIR!, `worker-${label}-${Date.now()}.log`);
  const child = startProcess(WORKER_ENTRY, env, log);
  await waitForLog(log, 'worker ready', 30_000);
  return { child, log, stop: () => stopProcess(child) };
}

export async function waitForLog(file: string, text: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await readFile(file, 'utf8').catch(() => '')).includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`"${text}" did not appear in ${file} within ${timeoutMs} ms`);
}

export interface Exited {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs an app that is expected to stop by itself (e.g. refusing its configuration). */
export async function runToExit(entry: string, env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<Exited> {
  const started = Date.now();
  const child = startProcess(
    entry,
    env,
    join(testEnv().WAYPOINT_TEST_LOG_DIR!, `run-to-exit-${started}-${Math.random().toString(36).slice(2)}.log`),
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, output, ms: Date.now() - started };
}

/** Sends SIGTERM and measures how long the process takes to exit. */
export async function terminate(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  if (child.exitCode !== null) return { code: child.exitCode, ms: 0 };
  const exited = once(child, 'exit') as Promise<[number | null]>;
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const [code] = await exited;
  clearTimeout(kill);
  return { code, ms: Date.now() - started };
}

/** Creates (if missing) and migrates a database of its own, with the real migration command. */
export async function prepareDatabaseAt(databaseUrl: string): Promise<void> {
  await promisify(execFile)(process.execPath, ['dist/libs/database/src/cli/prepare-database.js'], {
    env: envWith({ DATABASE_URL: databaseUrl }),
  });
}

/** The suite's database URL with another database name (for a test that needs a database of its own). */
export function siblingDatabaseUrl(suffix: string): string {
  const url = new URL(testEnv().DATABASE_URL!);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}
