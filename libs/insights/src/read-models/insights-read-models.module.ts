import { Global, Module } from '@nestjs/common';
import { ClosedLoopSource } from '#interviews';
import { ClosedLoopReader } from './closed-loop.reader.js';

/**
 * What libraries below this one read of summaries and action plans, provided under the shape
 * they declare. Global, because those libraries cannot import this one.
 */
@Global()
@Module({
  providers: [{ provide: ClosedLoopSource, useClass: ClosedLoopReader }],
  exports: [ClosedLoopSource],
})
export class InsightsReadModelsModule {}
