import { readFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { API_ENTRY, envWith, freePort, runToExit, siblingDatabaseUrl, WORKER_ENTRY } from '#testing';

// What this guards against: the compose file's health check could pass during PostgreSQL's init,
// the migration had no retry, the image was built three times, JWT_SECRET had a published default;
// and some invalid variables printed a coloured stack instead of one JSON line.

/** The lines of one service's block in docker-compose.yml (two-space indented under services:). */
function serviceBlock(compose: string, name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  expect(start).toBeGreaterThan(-1);
  const rest = compose.slice(start + 1);
  const next = rest.slice(1).search(/\n {2}[a-z-]+:\n|\n[a-z]/);
  return next === -1 ? rest : rest.slice(0, next + 1);
}

/** A TCP proxy to PostgreSQL that starts listening only after `delayMs` (a database still booting). */
function delayedProxy(port: number, delayMs: number): { ready: Promise<Server>; close(): void } {
  let server: Server | undefined;
  const sockets: Socket[] = [];
  const ready = new Promise<Server>((resolve) => {
    setTimeout(() => {
      server = createServer((client) => {
        const upstream = connect(5432, '127.0.0.1');
        sockets.push(client, upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', end);
        upstream.on('error', end);
      });
      server.listen(port, '127.0.0.1', () => resolve(server!));
    }, delayMs);
  });
  return {
    ready,
    close: () => {
      for (const s of sockets) s.destroy();
      server?.close();
    },
  };
}

describe('security: deployment and configuration', () => {
  it('docker-compose.yml: TCP health check, a retried migration, one image build, no default secrets', async () => {
    const compose = await readFile('docker-compose.yml', 'utf8');
    expect(serviceBlock(compose, 'postgres')).toMatch(/pg_isready.*"-h", "127\.0\.0\.1"/);
    expect(serviceBlock(compose, 'migrate')).toMatch(/restart: on-failure/);
    expect(compose.match(/^\s+build:/gm)).toHaveLength(1);
    for (const service of ['api', 'worker']) expect(serviceBlock(compose, service)).toMatch(/image: waypoint:local/);
    expect(compose).toMatch(/JWT_SECRET: \$\{JWT_SECRET:\?[^}]+\}/);
    expect(compose).toMatch(/DATABASE_APP_PASSWORD: \$\{DATABASE_APP_PASSWORD:\?[^}]+\}/);
    expect(compose).not.toMatch(/change-me/);
    expect(compose).toMatch(/--maxmemory-policy", "noeviction"/);
  });

  it.each([
    ['LLM_PROVIDER', 'bogus', [API_ENTRY, WORKER_ENTRY]],
    ['NODE_ENV', 'staging', [API_ENTRY, WORKER_ENTRY]],
    ['SMTP_URL', 'ftp://mail.example.test', [API_ENTRY, WORKER_ENTRY]],
    ['REDIS_ALLOW_EVICTION', 'maybe', [API_ENTRY, WORKER_ENTRY]],
    ['PORT', 'eighty', [API_ENTRY]],
  ])(
    'an invalid %s stops the processes that read it with one JSON line naming it',
    async (variable, value, entries) => {
      for (const entry of entries) {
        const run = await runToExit(entry, envWith({ PORT: String(await freePort()), [variable]: value }), 60_000);
        expect({ entry, code: run.code }).toEqual({ entry, code: 1 });
        expect(run.output).not.toContain('\u001b[');
        const lines = run.output.trim().split('\n');
        expect({ entry, lines: lines.length }).toEqual({ entry, lines: 1 });
        expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'fatal', msg: 'invalid configuration', variables: [variable] });
        expect(run.output).not.toContain(value);
      }
    },
    150_000,
  );

  it('the migration waits for a database that is still starting', async () => {
    const port = await freePort();
    const url = new URL(siblingDatabaseUrl('late_start'));
    url.port = String(port);
    // Node needs a few seconds to load the migration command: the database comes up well after that.
    const proxy = delayedProxy(port, 8_000);
    try {
      const run = await runToExit(
        'dist/libs/database/src/cli/prepare-database.js',
        envWith({ DATABASE_URL: url.toString(), DATABASE_WAIT_SECONDS: '60' }),
        90_000,
      );
      await proxy.ready;
      expect(run.code).toBe(0);
      const lines = run.output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(lines.some((line) => line.msg === 'waiting for the database')).toBe(true);
      expect(lines.at(-1)).toMatchObject({ msg: 'database ready', database: decodeURIComponent(url.pathname.slice(1)) });
    } finally {
      proxy.close();
    }
  }, 90_000);
});
