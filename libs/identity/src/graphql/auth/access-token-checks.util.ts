import type { AuthConfig } from '#config';
import { JWT_ALGORITHM } from '../../services/token.service.js';

/** What every access token is verified against, over HTTP and WebSocket alike: algorithm pinned, issuer, audience, expiry. */
export const accessTokenChecks = (config: AuthConfig) => ({
  algorithms: [JWT_ALGORITHM],
  issuer: config.issuer,
  audience: config.audience,
  ignoreExpiration: false,
});
