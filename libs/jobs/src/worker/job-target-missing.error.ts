/**
 * A job names a row this worker's database does not have. Never acknowledged as done: the job
 * fails (and is retried, so a worker of the right database may still take it). Usually two
 * deployments share one Redis and one QUEUE_PREFIX.
 */
export class JobTargetMissingError extends Error {
  constructor(job: string, target: string) {
    super(`Job ${job} names ${target}, which this database does not have (do two deployments share one QUEUE_PREFIX?)`);
    this.name = 'JobTargetMissingError';
  }
}
