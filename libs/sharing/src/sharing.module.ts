import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessLogEntryEntity } from './entities/access-log-entry.entity.js';
import { SessionShareEntity } from './entities/session-share.entity.js';
import { ReflectionAccessPolicy } from './reflection-access.policy.js';

@Module({
  imports: [TypeOrmModule.forFeature([SessionShareEntity, AccessLogEntryEntity])],
  providers: [ReflectionAccessPolicy],
  exports: [ReflectionAccessPolicy],
})
export class SharingModule {}
