/**
 * Why the server closes a live connection (WebSocket close codes, private range). They match the
 * graphql-ws codes of the same meaning, which its client treats as final (no blind reconnects):
 * reconnect with a fresh access token, or once another connection has closed.
 */
export enum LiveCloseCode {
  /** The access token is missing, invalid, revoked or expired. */
  Unauthenticated = 4401,
  /** The user already holds LIVE_MAX_CONNECTIONS_PER_USER connections. */
  TooManyConnections = 4429,
}
