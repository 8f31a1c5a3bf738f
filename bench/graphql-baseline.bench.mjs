// Requests/s of an authenticated `{ me { id } }` (JWT check, live membership check, tenant
// transaction, one lookup) against a bare `{ __typename }` on the same server, in the same run.
import autocannon from 'autocannon';
import { startBenchSystem } from './support/bench-system.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const system = await startBenchSystem();
try {
  const { token } = await system.signUpWithOrganisation();
  const run = (title, query, headers = {}) =>
    autocannon({
      url: `${system.url}/graphql`,
      method: 'POST',
      connections: 50,
      duration: DURATION,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
      title,
    });
  await run('warm-up', '{ __typename }').then(() => undefined);
  const bare = await run('__typename', '{ __typename }');
  const me = await run('me', '{ me { id } }', { authorization: `Bearer ${token}` });
  const errors = me.non2xx + me.errors + bare.non2xx + bare.errors;
  console.log(`{ __typename }: ${bare.requests.average.toFixed(0)} req/s, p99 ${bare.latency.p99} ms`);
  console.log(`{ me { id } }: ${me.requests.average.toFixed(0)} req/s, p99 ${me.latency.p99} ms`);
  console.log(`errors/non-2xx: ${errors}`);
  console.log(
    `graphql-baseline: ${me.requests.average.toFixed(0)} req/s (${(me.requests.average / bare.requests.average).toFixed(2)}x __typename)`,
  );
} finally {
  await system.stop();
}
