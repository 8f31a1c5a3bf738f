import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { JobsModule } from '#jobs';
import { AnalyticsModule } from '../analytics.module.js';
import { AggregateConsentResolver } from './aggregate-consent.resolver.js';
import { AggregateNoiseResolver } from './aggregate-noise.resolver.js';
import { DevelopmentThemesResolver } from './development-themes.resolver.js';

@Module({
  imports: [AnalyticsModule, IdentityModule, JobsModule],
  providers: [DevelopmentThemesResolver, AggregateConsentResolver, AggregateNoiseResolver],
})
export class AnalyticsGraphqlModule {}
