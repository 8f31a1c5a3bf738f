// Starts the compiled api (and optionally the worker) against a dedicated benchmark database,
// the way production runs them, and offers a few GraphQL helpers. Targets 127.0.0.1 only.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareDatabase } from '../../dist/libs/database/src/index.js';
import { freePort, startProcess, stopProcess, waitForHttp } from '../../dist/libs/testing/src/index.js';

export async function startBenchSystem({ worker = false, env: extra = {} } = {}) {
  const port = await freePort();
  const logDir = join(process.cwd(), 'var', 'bench-logs');
  mkdirSync(logDir, { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/waypoint_bench',
    QUEUE_PREFIX: `wpb-${Date.now().toString(36)}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    MAIL_OUTBOX_DIR: join(process.cwd(), 'var', 'bench-mail'),
    ...extra,
  };
  await prepareDatabase(env);
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the api and worker of a run.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const processes = [startProcess('dist/apps/api/src/main.js', env, join(logDir, 'api.log'), nodeArgs)];
  if (worker) processes.push(startProcess('dist/apps/worker/src/main.js', env, join(logDir, 'worker.log'), nodeArgs));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health/ready`);

  const gql = async (query, variables = {}, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  return {
    url,
    env,
    gql,
    async signUpWithOrganisation() {
      const email = `bench-${randomUUID()}@example.test`;
      const signUp = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
        i: { email, password: 'benchmark-password', displayName: 'Bench' },
      });
      const org = await gql(
        `mutation { createOrganisation(name: "Bench") { accessToken membership { id organisation { id } } } }`,
        {},
        signUp.signUp.accessToken,
      );
      return {
        token: org.createOrganisation.accessToken,
        membershipId: org.createOrganisation.membership.id,
        organisationId: org.createOrganisation.membership.organisation.id,
      };
    },
    async stop() {
      await Promise.all(processes.map((p) => stopProcess(p)));
    },
  };
}
