import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { RateLimiters } from './rate-limiters.service.js';

/** Rate-limit counters in Redis with a per-process fallback; used by the api's limiters and identity. */
@Module({
  imports: [JobsModule],
  providers: [RateLimiters],
  exports: [RateLimiters],
})
export class RateLimitsModule {}
