import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '#jobs';
import { LiveModule } from '#live';
import { AccessLogEntryEntity } from './entities/access-log-entry.entity.js';
import { SessionShareEntity } from './entities/session-share.entity.js';
import { ReflectionAccessPolicy } from './reflection-access.policy.js';
import { AccessLogService } from './services/access-log.service.js';
import { SharesService } from './services/shares.service.js';

/** Who may read a reflection (the access policy), the owner's share grants, and the access log. */
@Module({
  imports: [TypeOrmModule.forFeature([SessionShareEntity, AccessLogEntryEntity]), JobsModule, LiveModule],
  providers: [ReflectionAccessPolicy, SharesService, AccessLogService],
  exports: [ReflectionAccessPolicy, SharesService, AccessLogService],
})
export class SharingModule {}
