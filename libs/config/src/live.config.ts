import { defineConfig, envInt } from './define-config.util.js';

export const liveConfig = defineConfig(
  'live',
  {
    /** Open GraphQL WebSocket connections one user may hold across every api process; one more is closed (4429). */
    LIVE_MAX_CONNECTIONS_PER_USER: envInt(5, 1, 1000),
    /** Subscriptions one connection may run at once; one more is refused with RATE_LIMITED. */
    LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: envInt(20, 1, 1000),
  },
  (env) => ({
    maxConnectionsPerUser: env.LIVE_MAX_CONNECTIONS_PER_USER,
    maxSubscriptionsPerConnection: env.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION,
  }),
);
export type LiveConfig = ReturnType<typeof liveConfig.load>;
