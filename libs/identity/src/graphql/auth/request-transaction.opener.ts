import type { SqlItem, SqlRow, TenantScope } from '#database';

/**
 * Opens the request's tenant transaction, sending `first` in the same round trip. Provided by the
 * app that also ends the transaction (the api keeps both beside each other); authentication
 * only says which scope and which live check to open it with.
 */
export abstract class RequestTransactionOpener {
  abstract open(scope: TenantScope, first: readonly SqlItem[]): Promise<SqlRow[][]>;
}
