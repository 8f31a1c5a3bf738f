import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testEnv } from './test-env.util.js';

export interface CapturedMail {
  to: string[];
  from: string;
  raw: string;
}

/** Messages the test SMTP server received for this address (case-insensitive). */
export async function mailFor(address: string): Promise<CapturedMail[]> {
  const dir = testEnv().WAYPOINT_TEST_MAIL_DIR;
  const files = await readdir(dir).catch(() => [] as string[]);
  const mails = await Promise.all(
    files
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as CapturedMail),
  );
  return mails.filter((m) => m.to.includes(address.toLowerCase()));
}

/** Polls until at least `count` messages arrived for the address (the worker sends asynchronously). */
export async function waitForMail(address: string, count = 1, timeoutMs = 20_000): Promise<CapturedMail[]> {
  return eventually(async () => {
    const mails = await mailFor(address);
    if (mails.length < count) throw new Error(`expected ${count} mail(s) for ${address}, got ${mails.length}`);
    return mails;
  }, timeoutMs);
}

/** Retries an assertion until it passes or the time is up (for work done by the worker). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 20_000, intervalMs = 150): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  throw lastError;
}
