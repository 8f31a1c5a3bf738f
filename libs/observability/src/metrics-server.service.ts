import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { type WorkerConfig, workerConfig } from '#config';

/**
 * Serves Prometheus metrics for processes without an HTTP api (the worker), on
 * WORKER_METRICS_PORT when it is set; nothing is opened otherwise.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | undefined;

  constructor(@Inject(workerConfig.KEY) private readonly config: WorkerConfig) {}

  onApplicationBootstrap(): void {
    const port = this.config.metricsPort;
    if (port === null) return;
    collectDefaultMetrics();
    this.server = createServer((req, res) => {
      if (req.url !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      register
        .metrics()
        .then((body) => res.writeHead(200, { 'content-type': register.contentType }).end(body))
        .catch(() => res.writeHead(500).end());
    });
    this.server.listen(port, this.config.metricsHost, () => this.logger.log({ port }, 'worker metrics listening'));
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
