import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, WaypointException } from '#common';

const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  413: ErrorCode.BAD_USER_INPUT,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * Every error leaves with one of the contract's codes. Domain exceptions keep their message and
 * safe details; anything unexpected becomes a generic INTERNAL_SERVER_ERROR (logged with the
 * request id by the caller), so no stack trace, SQL or participant text reaches a client.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A domain error thrown by a plugin (before execution) arrives wrapped without a path.
  const original =
    unwrapped instanceof GraphQLError && unwrapped.originalError instanceof WaypointException ? unwrapped.originalError : unwrapped;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof WaypointException) {
    return { ...base, message: original.message, extensions: { code: original.code, reason: original.reason, ...original.details } };
  }
  if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
    // The rate limiter throws a 429 HttpException.
    const message = original.getStatus() === 429 ? 'Too many requests; slow down' : original.message;
    return { ...base, message, extensions: { code: HTTP_CODES[original.getStatus()] } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    // Parse/validation errors and query-limit refusals are the client's to fix.
    return { ...base, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  log(original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
