import { Module } from '@nestjs/common';
import { JobsModule } from '#jobs';
import { LiveBus } from './live-bus.service.js';
import { LivePublisher } from './live-publisher.service.js';

/** Live events over Redis pub/sub: domains publish through it (api and worker); the api's graphql part subscribes. */
@Module({
  imports: [JobsModule],
  providers: [LiveBus, LivePublisher],
  exports: [LiveBus, LivePublisher],
})
export class LiveModule {}
