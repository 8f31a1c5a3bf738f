import { join } from 'node:path';

/**
 * Environment shared by the spawned api/worker and the test files: a dedicated database, a
 * queue prefix unique to the run (so runs never see each other's jobs), and high rate limits
 * (the limiter itself has its own test).
 */
export function testEnvironment(run: string, ports: { api: number; smtp: number }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/waypoint_test',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `wpt-${run}`,
    PORT: String(ports.api),
    HOST: '127.0.0.1',
    SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
    SUMMARY_LINK_URL: 'https://reflect.example.test/summaries/{sessionId}/from-email',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    JWT_SECRET: 'test-secret-for-the-e2e-suite-0123456789abcdef',
    // Webhook receivers of the tests listen on 127.0.0.1 (only that host is allowed among private
    // addresses); retries and disabling are quick enough to watch.
    WEBHOOK_ALLOWED_PRIVATE_HOSTS: '127.0.0.1',
    WEBHOOK_RETRY_BASE_MS: '200',
    WEBHOOK_RETRY_MAX_MS: '1000',
    WEBHOOK_MAX_ATTEMPTS: '5',
    WEBHOOK_DISABLE_AFTER_FAILURES: '4',
    WEBHOOK_TIMEOUT_MS: '5000',
    WAYPOINT_TEST_API_URL: `http://127.0.0.1:${ports.api}`,
    WAYPOINT_TEST_MAIL_DIR: join(process.cwd(), 'var', 'test-mail', run),
    WAYPOINT_TEST_LOG_DIR: join(process.cwd(), 'var', 'test-logs', run),
  };
}
