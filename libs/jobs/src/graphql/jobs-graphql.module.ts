import { Module } from '@nestjs/common';
import { JobStatusService } from '../job-status.service.js';
import { JobStatusResolver } from './job-status.resolver.js';

@Module({ providers: [JobStatusService, JobStatusResolver] })
export class JobsGraphqlModule {}
