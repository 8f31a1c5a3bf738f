import { Module } from '@nestjs/common';
import { PrometheusModule } from '@willsoto/nestjs-prometheus';
import { type HttpConfig, httpConfig } from '#config';
import { METRICS_LISTEN, type MetricsListen, MetricsServer } from '#observability';
import { ApiMetricsController } from './api-metrics.controller.js';

/** Prometheus metrics of the api: at /metrics on PORT, or only on API_METRICS_PORT when it is set. */
@Module({
  imports: [PrometheusModule.register({ path: '/metrics', controller: ApiMetricsController, defaultMetrics: { enabled: true } })],
  providers: [
    {
      provide: METRICS_LISTEN,
      inject: [httpConfig.KEY],
      // PrometheusModule registers the default metrics already.
      useFactory: (http: HttpConfig): MetricsListen => ({ ...http.metrics, defaultMetrics: false }),
    },
    MetricsServer,
  ],
})
export class ApiMetricsModule {}
