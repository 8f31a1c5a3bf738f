import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { LiveModule } from '#live';
import { TemplateAccess } from './access/template-access.service.js';
import { ReflectionTemplateEntity } from './entities/reflection-template.entity.js';
import { ReflectionTemplateVersionEntity } from './entities/reflection-template-version.entity.js';
import { ResearchPlansService } from './services/research-plans.service.js';
import { TemplateStore } from './services/template-store.service.js';
import { TemplatesService } from './services/templates.service.js';
import { StarterLibrary } from './starter/starter-library.service.js';

/** Reflection templates, their versions and research plans; used by the api and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([ReflectionTemplateEntity, ReflectionTemplateVersionEntity]), JobsModule, LiveModule],
  providers: [TemplateStore, TemplateAccess, ResearchPlansService, StarterLibrary, TemplatesService],
  exports: [TemplateAccess, TemplatesService, ResearchPlansService],
})
export class TemplatesModule {}
