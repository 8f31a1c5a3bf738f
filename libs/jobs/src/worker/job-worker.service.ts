import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type Job, Worker } from 'bullmq';
import { type WorkerConfig, workerConfig } from '#config';
import type { JobName } from '../job-name.enum.js';
import { JOB_QUEUE, QueueName } from '../queue-name.enum.js';
import { QueueRegistry } from '../queue-registry.service.js';
import { isConnectionError } from '../redis-connection.util.js';
import { JOB_HANDLER } from './job-handler.decorator.js';
import { type BoundJobHandler, buildHandlerTable, type DiscoveredHandler } from './job-handler-registry.js';
import { JobMetrics } from './job-metrics.service.js';

/** Jobs run at once per queue; the model queue's is configured (`LLM_WORKER_CONCURRENCY`). */
const concurrency = (queue: QueueName, llm: number): number =>
  ({ [QueueName.Email]: 4, [QueueName.Llm]: llm, [QueueName.Housekeeping]: 1, [QueueName.Webhooks]: 8 })[queue];

/**
 * Runs one BullMQ worker per queue and routes each job to the handler declared with
 * `@JobHandler`. Discovery happens at boot so a missing or duplicated handler stops the process.
 */
@Injectable()
export class JobWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerService.name);
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly queues: QueueRegistry,
    private readonly metrics: JobMetrics,
    @Inject(workerConfig.KEY) private readonly worker: WorkerConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const table = buildHandlerTable(this.discover());
    for (const queue of Object.values(QueueName)) {
      const worker = new Worker(queue, (job: Job) => this.process(table.get(job.name as JobName), job), {
        connection: this.queues.createConnection(),
        prefix: this.queues.prefix,
        concurrency: concurrency(queue, this.worker.llmConcurrency),
        autorun: true,
      });
      worker.on('failed', (job, error) =>
        this.logger.warn({ job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error }, 'job failed'),
      );
      // A Redis outage is reported once by the shared connection, not on every reconnect attempt.
      worker.on('error', (error) => {
        if (!isConnectionError(error)) this.logger.error({ queue, err: error }, 'worker error');
      });
      this.workers.push(worker);
    }
    for (const { job, schedule } of table.values()) {
      if (!schedule) continue;
      const { id, ...repeat } = schedule;
      await this.queues.schedule(job, id, repeat, { organisationId: null });
    }
    this.logger.log({ jobs: [...table.keys()], queues: Object.values(QueueName) }, 'worker ready');
  }

  async onApplicationShutdown(): Promise<void> {
    // close() waits for active jobs to finish: a deploy never cuts a job in half. Without Redis a
    // job can be neither finished nor handed back, so nothing is waited for (it is re-delivered).
    const force = !this.queues.available;
    await Promise.all(this.workers.map((w) => w.close(force)));
  }

  private async process(handler: DiscoveredHandler | undefined, job: Job): Promise<unknown> {
    if (!handler || JOB_QUEUE[handler.job] === undefined) throw new Error(`No handler for job ${job.name}`);
    const stop = this.metrics.start(handler.job);
    try {
      const attempt = job.attemptsMade + 1;
      const result = await handler.handle(job.data, { jobId: String(job.id), attempt, finalAttempt: attempt >= (job.opts.attempts ?? 1) });
      stop('completed');
      return result;
    } catch (error) {
      stop('failed');
      throw error;
    }
  }

  private discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const meta = this.discovery.getMetadataByDecorator(JOB_HANDLER, wrapper, method);
        if (!meta) continue;
        const fn = instance[method] as BoundJobHandler;
        found.push({ job: meta.job, schedule: meta.schedule, owner: `${wrapper.name}.${method}`, handle: fn.bind(instance) });
      }
    }
    return found;
  }
}
