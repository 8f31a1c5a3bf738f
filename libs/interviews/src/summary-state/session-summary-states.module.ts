import { Module } from '@nestjs/common';
import { SessionSummaryStates } from './session-summary-states.service.js';

/** The summary state of sessions, for the library that writes summaries (api and worker). */
@Module({
  providers: [SessionSummaryStates],
  exports: [SessionSummaryStates],
})
export class SessionSummaryStatesModule {}
