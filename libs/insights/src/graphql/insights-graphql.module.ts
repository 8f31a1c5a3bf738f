import { Module } from '@nestjs/common';
import { IdentityModule } from '#identity';
import { IdentityGraphqlModule } from '#identity/graphql';
import { LiveGraphqlModule } from '#live/graphql';
import { SharingModule } from '#sharing';
import { InsightsModule } from '../insights.module.js';
import { ActionItemResolver } from './action-item.resolver.js';
import { ActionItemCommentResolver } from './action-item-comment.resolver.js';
import { ActionPlanResolver } from './action-plan.resolver.js';
import { InsightQuestionsResolver } from './insight-questions.resolver.js';
import { InsightsLoaders } from './insights.loaders.js';
import { SessionStatesResolver } from './live/session-states.resolver.js';
import { ReflectionSummaryResolver } from './reflection-summary.resolver.js';
import { SessionInsightsResolver } from './session-insights.resolver.js';
import { ThemeTaxonomyResolver } from './theme-taxonomy.resolver.js';
import { TrendsResolver } from './trends.resolver.js';

@Module({
  imports: [InsightsModule, SharingModule, IdentityModule, IdentityGraphqlModule, LiveGraphqlModule],
  providers: [
    InsightsLoaders,
    SessionInsightsResolver,
    SessionStatesResolver,
    ReflectionSummaryResolver,
    ActionPlanResolver,
    ActionItemResolver,
    ActionItemCommentResolver,
    InsightQuestionsResolver,
    TrendsResolver,
    ThemeTaxonomyResolver,
  ],
})
export class InsightsGraphqlModule {}
