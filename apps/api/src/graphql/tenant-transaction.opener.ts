import { Injectable } from '@nestjs/common';
import { type SqlItem, type SqlRow, TenantDatabase, type TenantScope } from '#database';
import type { RequestTransactionOpener } from '#identity/graphql';

/**
 * Where a request's transaction begins: once the access token is verified, in its tenant scope,
 * with the live session and membership check in the same round trip. `RequestTransactionPlugin`
 * ends it before the response leaves.
 */
@Injectable()
export class TenantTransactionOpener implements RequestTransactionOpener {
  constructor(private readonly db: TenantDatabase) {}

  open(scope: TenantScope, first: readonly SqlItem[]): Promise<SqlRow[][]> {
    return this.db.begin(scope, first);
  }
}
