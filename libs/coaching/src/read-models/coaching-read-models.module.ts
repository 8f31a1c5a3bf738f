import { Global, Module } from '@nestjs/common';
import { TemplateAssignments } from '#templates';
import { TemplateAssignmentsReader } from './template-assignments.reader.js';

/**
 * What libraries below this one read of assignments, provided under the shape they declare.
 * Global, because those libraries cannot import this one.
 */
@Global()
@Module({
  providers: [{ provide: TemplateAssignments, useClass: TemplateAssignmentsReader }],
  exports: [TemplateAssignments],
})
export class CoachingReadModelsModule {}
