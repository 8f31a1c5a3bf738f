import { Module } from '@nestjs/common';
import { JobStatusService } from '../job-status.service.js';
import { JobStatusResolver } from './job-status.resolver.js';

/** What an organisation's admins see of the product's background work (api only). */
@Module({ providers: [JobStatusService, JobStatusResolver] })
export class OperationsGraphqlModule {}
