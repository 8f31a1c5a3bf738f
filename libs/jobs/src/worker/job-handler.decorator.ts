import { DiscoveryService } from '@nestjs/core';
import type { JobName } from '../job-name.enum.js';

/** Marks a provider method as the handler of one job name: `@JobHandler(JobName.X)`. */
export const JobHandler = DiscoveryService.createDecorator<JobName>();
