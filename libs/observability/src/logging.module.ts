import type { IncomingMessage } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type RuntimeConfig, runtimeConfig } from '#config';
import { graphqlOperationOf } from './graphql-operation.util.js';
import { isQuietRequest } from './quiet-request.util.js';
import { requestIdOf } from './request-id.util.js';
import { safeErrorOf } from './safe-error.util.js';

/** Headers and fields that never reach a log line: credentials and anything a participant typed. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'password',
  '*.password',
  'token',
  '*.token',
  'refreshToken',
  '*.refreshToken',
  'content',
  '*.content',
];

/** Structured JSON logs (pino) carrying the request id that the api echoes as `x-request-id`. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [runtimeConfig.KEY],
          useFactory: (runtime: RuntimeConfig) => ({
            // Fastify 5's catch-all syntax; the library's default pattern does not match every route here.
            forRoutes: ['{*path}'],
            pinoHttp: {
              level: runtime.logLevel,
              base: { service },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              // The HTTP server assigns the id (see requestIdOf); pino-http reuses it.
              genReqId: (req: IncomingMessage) => req.id ?? requestIdOf(req),
              serializers: {
                // Whoever logs an error (Nest's exception handler included) logs only its safe parts.
                err: safeErrorOf,
                req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              },
              autoLogging: { ignore: (req: IncomingMessage) => isQuietRequest(req) },
              // Read when the request ends, after the GraphQL layer noted its operation.
              customProps: (req: IncomingMessage): Record<string, unknown> => {
                const operation = graphqlOperationOf(req);
                return operation ? { graphql: { operation: operation.name, type: operation.type } } : {};
              },
            },
          }),
        }),
      ],
    };
  }
}
