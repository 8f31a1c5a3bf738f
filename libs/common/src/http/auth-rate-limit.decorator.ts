import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMITED = 'waypoint:auth-rate-limited';

/** Applies the stricter "auth" rate limiter (credential endpoints) on top of the default one. */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);
