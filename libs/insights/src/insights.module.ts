import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReflectionSessionEntity, SessionSummaryStatesModule, SessionTurnEntity } from '#interviews';
import { JobsModule } from '#jobs';
import { LiveModule } from '#live';
import { LlmModule } from '#llm';
import { LlmUsageModule } from '#llm/usage';
import { ReflectionTemplateVersionEntity } from '#templates';
import { ActionItemEntity } from './entities/action-item.entity.js';
import { ActionItemCommentEntity } from './entities/action-item-comment.entity.js';
import { ActionPlanEntity } from './entities/action-plan.entity.js';
import { InsightQuestionEntity } from './entities/insight-question.entity.js';
import { ReflectionSummaryEntity } from './entities/reflection-summary.entity.js';
import { StrainNoteEntity } from './entities/strain-note.entity.js';
import { ThemeTaxonomyEntryEntity } from './entities/theme-taxonomy-entry.entity.js';
import { InsightsReadModelsModule } from './read-models/insights-read-models.module.js';
import { ActionItemCommentsService } from './services/action-item-comments.service.js';
import { ActionItemsService } from './services/action-items.service.js';
import { ActionPlanWriter } from './services/action-plan-writer.service.js';
import { ActionPlansService } from './services/action-plans.service.js';
import { InsightQuestionsService } from './services/insight-questions.service.js';
import { InsightSearch } from './services/insight-search.service.js';
import { InsightLlmContext } from './services/llm-context.service.js';
import { SessionLookup } from './services/session-lookup.service.js';
import { StrainNotesService } from './services/strain-notes.service.js';
import { SummariesService } from './services/summaries.service.js';
import { SummaryWriter } from './services/summary-writer.service.js';
import { ThemeTaxonomyService } from './services/theme-taxonomy.service.js';
import { TrendsService } from './services/trends.service.js';

const SERVICES = [
  InsightLlmContext,
  ThemeTaxonomyService,
  SessionLookup,
  SummariesService,
  StrainNotesService,
  SummaryWriter,
  ActionPlansService,
  ActionPlanWriter,
  ActionItemsService,
  ActionItemCommentsService,
  InsightSearch,
  InsightQuestionsService,
  TrendsService,
];

/** Summaries, questions asked of one's reflections, action plans and trends (api and worker). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReflectionSummaryEntity,
      StrainNoteEntity,
      ActionPlanEntity,
      ActionItemEntity,
      ActionItemCommentEntity,
      InsightQuestionEntity,
      ThemeTaxonomyEntryEntity,
      // Read here, owned by their libs: registered so the worker has them without loading those libs.
      ReflectionSessionEntity,
      SessionTurnEntity,
      ReflectionTemplateVersionEntity,
    ]),
    LlmModule,
    LlmUsageModule,
    JobsModule,
    SessionSummaryStatesModule,
    InsightsReadModelsModule,
    LiveModule,
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class InsightsModule {}
