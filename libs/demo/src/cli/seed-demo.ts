import { httpConfig, loadEnvFile, runtimeConfig } from '#config';
import { demoLogins } from '../demo-logins.js';
import { seedDemo } from '../demo-seeder.js';
import { graphqlClient } from '../graphql-client.util.js';

/**
 * `npm run seed`: writes the demo organisation through a running api and worker (`npm start`),
 * at SEED_API_URL (default: this checkout's api, http://127.0.0.1:PORT). Prints the logins.
 */
async function main(): Promise<number> {
  loadEnvFile();
  if (runtimeConfig.load().isProduction) {
    console.error('Refusing to seed demo accounts with a published password in production (NODE_ENV=production).');
    return 1;
  }
  const base = (process.env.SEED_API_URL ?? `http://127.0.0.1:${httpConfig.load().port}`).replace(/\/+$/, '');
  const ready = await fetch(`${base}/health/ready`).then(
    (r) => r.ok,
    () => false,
  );
  if (!ready) {
    console.error(`No api answers at ${base} (start it and the worker first: npm start; or set SEED_API_URL).`);
    return 1;
  }
  const outcome = await seedDemo(graphqlClient(`${base}/graphql`), (line) => console.log(line));
  if (!outcome.seeded) console.log('The demo data is already there; nothing was changed.');
  console.log(demoLogins());
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Seeding failed: ${error.message}`);
    process.exit(1);
  },
);
