import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from '#analytics';
import { ReflectionSessionEntity } from '#interviews';
import { SharingModule } from '#sharing';
import { ClientSessionsService } from './services/client-sessions.service.js';
import { DataDeletionService } from './services/data-deletion.service.js';
import { DataExportService } from './services/data-export.service.js';

/** A member's rights over their own data (export, erasure) and a coach's view of shared reflections. */
@Module({
  imports: [TypeOrmModule.forFeature([ReflectionSessionEntity]), SharingModule, AnalyticsModule],
  providers: [DataExportService, DataDeletionService, ClientSessionsService],
  exports: [DataExportService, DataDeletionService, ClientSessionsService],
})
export class PrivacyModule {}
