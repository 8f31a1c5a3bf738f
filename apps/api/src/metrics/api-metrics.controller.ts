import { Controller, Get, Inject, NotFoundException, Res } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { PrometheusController } from '@willsoto/nestjs-prometheus';
import type { FastifyReply } from 'fastify';
import { type HttpConfig, httpConfig } from '#config';

/**
 * `/metrics` on the api's port: never rate-limited (a scraper is not a client), and absent when
 * API_METRICS_PORT moves metrics to a port of their own.
 */
@SkipThrottle()
@Controller()
export class ApiMetricsController extends PrometheusController {
  constructor(@Inject(httpConfig.KEY) private readonly http: HttpConfig) {
    super();
  }

  @Get()
  override index(@Res({ passthrough: true }) response: FastifyReply): Promise<string> {
    if (this.http.metrics.port !== null) throw new NotFoundException();
    return super.index(response);
  }
}
