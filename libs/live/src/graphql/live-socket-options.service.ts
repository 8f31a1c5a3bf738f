import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, getOperationAST, parse } from 'graphql';
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Actor } from '#auth';
import { ErrorCode, WaypointException } from '#common';
import { type LiveConfig, liveConfig } from '#config';
import { AccessTokenVerifier } from '#identity/graphql';
import { LiveException, LiveExceptionCode } from '../live.exception.js';
import { bearerToken } from './bearer-token.util.js';
import { ConnectionLimiter } from './connection-limiter.service.js';
import { LiveCloseCode } from './live-close-code.enum.js';

type SocketContext = Context<Record<string, unknown> | undefined, Extra>;

interface LiveConnection {
  id: string;
  token: string;
  actor: Actor;
  address: string;
  counted: boolean;
  expiry: NodeJS.Timeout;
}

export interface LiveSocketSettings {
  /** graphql-js's token limit, as for HTTP requests. */
  maxTokens: number;
  /** The api's error formatter: the same codes and reasons as over HTTP. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** The request a WebSocket subscription presents to guards and resolvers (HTTP's `req`). */
export interface LiveRequest {
  user: Actor;
  ip: string;
  headers: Record<string, string>;
}

/**
 * The GraphQL over WebSocket transport (graphql-ws, `graphql-transport-ws` protocol). A connection
 * authenticates with `connection_init`'s `authorization: "Bearer <accessToken>"`, verified exactly
 * as an HTTP request's token (signature, claims, live login session and membership); it is closed
 * with 4401 when the token is refused or expires, and with 4429 when the user already holds
 * LIVE_MAX_CONNECTIONS_PER_USER connections. Every subscription verifies the token again and runs
 * in its organisation's scope; queries and mutations are refused (they go over HTTP).
 */
@Injectable()
export class LiveSocketOptions {
  private readonly connections = new WeakMap<object, LiveConnection>();

  constructor(
    private readonly verifier: AccessTokenVerifier,
    private readonly limiter: ConnectionLimiter,
    @Inject(liveConfig.KEY) private readonly config: LiveConfig,
  ) {}

  /** Whether a GraphQL context function was called by the WebSocket transport (rather than for an HTTP request). */
  static isSocketContext(value: unknown): value is SocketContext {
    return typeof value === 'object' && value !== null && 'extra' in value && 'connectionInitReceived' in value;
  }

  /** The GraphQL context of a subscription: its connection's verified actor as `req.user`. */
  contextOf(ctx: SocketContext): { req: LiveRequest; res: Record<string, never> } {
    const connection = this.connections.get(ctx);
    if (!connection) throw new Error('A subscription arrived on a connection that was never acknowledged');
    return { req: { user: connection.actor, ip: connection.address, headers: {} }, res: {} };
  }

  options(settings: LiveSocketSettings): GraphQLWsSubscriptionsConfig {
    return {
      onConnect: (ctx) => this.connect(ctx as SocketContext),
      onSubscribe: (ctx, _id, payload) => this.subscribe(ctx as SocketContext, payload, settings),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((error) => settings.formatError(error.toJSON(), error)) };
      },
      onClose: (ctx) => this.disconnect(ctx as SocketContext),
    };
  }

  private async connect(ctx: SocketContext): Promise<boolean> {
    const socket = ctx.extra.socket;
    const token = bearerToken(ctx.connectionParams);
    const verified = token ? await this.verifier.verify(token).catch(() => null) : null;
    if (!token || !verified) {
      socket.close(LiveCloseCode.Unauthenticated, 'Invalid or expired access token');
      return false;
    }
    const id = randomUUID();
    const expiry = setTimeout(
      () => socket.close(LiveCloseCode.Unauthenticated, 'Access token expired'),
      Math.max(0, verified.expiresAt - Date.now()),
    );
    expiry.unref();
    const connection: LiveConnection = {
      id,
      token,
      actor: verified.actor,
      address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
      counted: false,
      expiry,
    };
    this.connections.set(ctx, connection);
    if (!(await this.limiter.acquire(verified.actor.userId, id))) {
      socket.close(LiveCloseCode.TooManyConnections, `Too many live connections (at most ${this.config.maxConnectionsPerUser} per user)`);
      return false;
    }
    connection.counted = true;
    return true;
  }

  private async subscribe(
    ctx: SocketContext,
    payload: { query: string; operationName?: string | null },
    settings: LiveSocketSettings,
  ): Promise<readonly GraphQLError[] | undefined> {
    const connection = this.connections.get(ctx);
    if (!connection) return [errorOf(new LiveException('Connect first', LiveExceptionCode.SUBSCRIPTIONS_ONLY))];
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: settings.maxTokens });
    } catch (error) {
      return [
        new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'GRAPHQL_PARSE_FAILED' } }),
      ];
    }
    if (getOperationAST(document, payload.operationName ?? undefined)?.operation !== 'subscription') {
      return [
        errorOf(
          new LiveException(
            'Only subscriptions are served over WebSocket; send queries and mutations over HTTP',
            LiveExceptionCode.SUBSCRIPTIONS_ONLY,
          ),
        ),
      ];
    }
    // This one is already counted among the connection's subscriptions.
    if (Object.keys(ctx.subscriptions).length > this.config.maxSubscriptionsPerConnection) {
      return [
        errorOf(
          new LiveException(
            `At most ${this.config.maxSubscriptionsPerConnection} subscriptions per connection`,
            LiveExceptionCode.TOO_MANY_SUBSCRIPTIONS,
          ),
        ),
      ];
    }
    // Each subscription is authorised as a request would be: the session may have ended since the connection opened.
    const verified = await this.verifier.verify(connection.token).catch(() => null);
    if (!verified) {
      ctx.extra.socket.close(LiveCloseCode.Unauthenticated, 'Invalid or expired access token');
      return [
        new GraphQLError('Invalid or expired access token', { extensions: { code: ErrorCode.UNAUTHENTICATED, reason: 'INVALID_TOKEN' } }),
      ];
    }
    connection.actor = verified.actor;
    return undefined;
  }

  private async disconnect(ctx: SocketContext): Promise<void> {
    const connection = this.connections.get(ctx);
    if (!connection) return;
    this.connections.delete(ctx);
    clearTimeout(connection.expiry);
    if (connection.counted) await this.limiter.release(connection.actor.userId, connection.id);
  }
}

const errorOf = (exception: WaypointException): GraphQLError =>
  new GraphQLError(exception.message, { extensions: { code: exception.code, reason: exception.reason, ...exception.details } });
