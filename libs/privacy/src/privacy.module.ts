import { Module } from '@nestjs/common';
import { AnalyticsModule } from '#analytics';
import { DataDeletionService } from './services/data-deletion.service.js';
import { DataExportService } from './services/data-export.service.js';

/** A member's rights over their own data: export and erasure. */
@Module({
  imports: [AnalyticsModule],
  providers: [DataExportService, DataDeletionService],
  exports: [DataExportService, DataDeletionService],
})
export class PrivacyModule {}
