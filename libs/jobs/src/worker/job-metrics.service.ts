import { Injectable } from '@nestjs/common';
import { Counter, Histogram, register } from 'prom-client';

/** Prometheus figures of job processing, per job name and outcome. */
@Injectable()
export class JobMetrics {
  private readonly duration =
    (register.getSingleMetric('waypoint_job_duration_seconds') as Histogram<'job' | 'outcome'> | undefined) ??
    new Histogram({ name: 'waypoint_job_duration_seconds', help: 'Job processing time', labelNames: ['job', 'outcome'] });
  private readonly total =
    (register.getSingleMetric('waypoint_jobs_total') as Counter<'job' | 'outcome'> | undefined) ??
    new Counter({ name: 'waypoint_jobs_total', help: 'Jobs processed', labelNames: ['job', 'outcome'] });

  start(job: string): (outcome: 'completed' | 'failed') => void {
    const end = this.duration.startTimer({ job });
    return (outcome) => {
      end({ outcome });
      this.total.inc({ job, outcome });
    };
  }
}
