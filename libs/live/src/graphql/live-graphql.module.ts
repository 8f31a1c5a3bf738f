import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { IdentityGraphqlModule } from '#identity/graphql';
import { JobsModule } from '#jobs';
import { LiveModule } from '../live.module.js';
import { ConnectionLimiter } from './connection-limiter.service.js';
import { LiveSocketOptions } from './live-socket-options.service.js';
import { LiveStreams } from './live-streams.service.js';

/** The api's side of live updates: the WebSocket transport, connection limits and gated subscription streams. */
@Module({
  imports: [LiveModule, JobsModule, IdentityModule, IdentityGraphqlModule],
  providers: [ConnectionLimiter, LiveSocketOptions, LiveStreams],
  exports: [LiveModule, LiveSocketOptions, LiveStreams],
})
export class LiveGraphqlModule {}
