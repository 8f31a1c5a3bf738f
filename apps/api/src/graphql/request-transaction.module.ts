import { Global, Module } from '@nestjs/common';
import { RequestTransactionOpener } from '#identity/graphql';
import { RequestTransactionPlugin } from './request-transaction.plugin.js';
import { TenantTransactionOpener } from './tenant-transaction.opener.js';

/** A request's transaction, opened after authentication and ended before the response: both here. */
@Global()
@Module({
  providers: [RequestTransactionPlugin, { provide: RequestTransactionOpener, useClass: TenantTransactionOpener }],
  exports: [RequestTransactionOpener],
})
export class RequestTransactionModule {}
