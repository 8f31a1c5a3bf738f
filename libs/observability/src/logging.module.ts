import { Module, type DynamicModule } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { runtimeConfig, type RuntimeConfig } from '#config';

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

/** Structured JSON logs (pino) with a request id that is echoed back as `x-request-id`. */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [runtimeConfig.KEY],
          useFactory: (runtime: RuntimeConfig) => ({
            pinoHttp: {
              level: runtime.logLevel,
              base: { service },
              redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
              genReqId: (req: IncomingMessage, res) => {
                const incoming = req.headers['x-request-id'];
                const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
                res.setHeader('x-request-id', id);
                return id;
              },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
              },
              autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health/live' || req.url === '/metrics' },
            },
          }),
        }),
      ],
    };
  }
}
