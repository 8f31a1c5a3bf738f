import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';

/** Where a process serves its Prometheus metrics on a port of their own (none: port null). */
export interface MetricsListen {
  port: number | null;
  host: string;
  /** Register the process's default metrics (off where another module already does). */
  defaultMetrics: boolean;
}

export const METRICS_LISTEN = Symbol('METRICS_LISTEN');

/**
 * Serves Prometheus metrics at `/metrics` on a port of their own: the worker's (no HTTP api,
 * WORKER_METRICS_PORT) and the api's when API_METRICS_PORT is set. Nothing is opened when the
 * port is null.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | undefined;

  constructor(@Inject(METRICS_LISTEN) private readonly listen: MetricsListen) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port, host } = this.listen;
    if (port === null) return;
    if (this.listen.defaultMetrics) collectDefaultMetrics();
    const server = createServer((req, res) => {
      if (req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      register
        .metrics()
        .then((body) => res.writeHead(200, { 'content-type': register.contentType }).end(body))
        .catch(() => res.writeHead(500).end());
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.logger.log({ port, host }, 'metrics listening');
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
