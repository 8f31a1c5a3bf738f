import type { ApolloServerPlugin } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { Histogram, register } from 'prom-client';

const histogram =
  (register.getSingleMetric('waypoint_graphql_operation_seconds') as Histogram<'operation' | 'type' | 'outcome'> | undefined) ??
  new Histogram({
    name: 'waypoint_graphql_operation_seconds',
    help: 'GraphQL operation duration',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });

/** Prometheus histogram per operation name (names only: never variables or results). */
@Plugin()
@Injectable()
export class OperationMetricsPlugin implements ApolloServerPlugin {
  async requestDidStart() {
    const end = histogram.startTimer();
    return {
      async willSendResponse(context: {
        operationName?: string | null;
        operation?: { operation: string } | null;
        errors?: readonly unknown[];
      }) {
        end({
          operation: context.operationName ?? 'anonymous',
          type: context.operation?.operation ?? 'unknown',
          outcome: context.errors?.length ? 'error' : 'ok',
        });
      },
    };
  }
}
