import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '#identity';
import { JobsModule } from '#jobs';
import { ParticipantPeriodEntity } from './entities/participant-period.entity.js';
import { ParticipantThemeEntity } from './entities/participant-theme.entity.js';
import { AggregateNoiseService } from './noise/aggregate-noise.service.js';
import { DevelopmentThemesService } from './services/development-themes.service.js';
import { RollupRefresher } from './services/rollup-refresher.service.js';
import { ThemeLabels } from './services/theme-labels.service.js';

/** HR aggregates: rollups kept by the worker, and the suppressed (optionally noisy) report read from them. */
@Module({
  imports: [TypeOrmModule.forFeature([ParticipantPeriodEntity, ParticipantThemeEntity]), JobsModule, IdentityModule],
  providers: [RollupRefresher, ThemeLabels, DevelopmentThemesService, AggregateNoiseService],
  exports: [RollupRefresher, DevelopmentThemesService, AggregateNoiseService],
})
export class AnalyticsModule {}
