import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { ParticipantPeriodEntity } from './entities/participant-period.entity.js';
import { ParticipantThemeEntity } from './entities/participant-theme.entity.js';
import { DevelopmentThemesService } from './services/development-themes.service.js';
import { RollupRefresher } from './services/rollup-refresher.service.js';
import { RollupScheduler } from './services/rollup-scheduler.service.js';
import { ThemeLabels } from './services/theme-labels.service.js';

/** HR aggregates: rollups kept by the worker, and the suppressed report read from them. */
@Module({
  imports: [TypeOrmModule.forFeature([ParticipantPeriodEntity, ParticipantThemeEntity]), JobsModule],
  providers: [RollupScheduler, RollupRefresher, ThemeLabels, DevelopmentThemesService],
  exports: [RollupScheduler, RollupRefresher, DevelopmentThemesService],
})
export class AnalyticsModule {}
