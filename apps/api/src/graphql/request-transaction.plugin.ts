import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { settleTransaction } from './transaction-outcome.util.js';

/**
 * Ends the request's tenant transaction before the response leaves: commit when the operation
 * succeeded (or only read), roll back a mutation with any error, so a mutation never half-applies
 * and never answers with data that was rolled back.
 * The transaction itself is opened lazily by the auth guard, after parsing and validation, so a
 * request refused by the query limits never touches the database.
 */
@Plugin()
@Injectable()
export class RequestTransactionPlugin implements ApolloServerPlugin {
  constructor(private readonly db: TenantDatabase) {}

  async requestDidStart() {
    const db = this.db;
    return {
      async willSendResponse(context: GraphQLRequestContextWillSendResponse<object>) {
        const tx = db.peek();
        if (!tx) return;
        await tx.finish(settleTransaction(context.operation?.operation, context.response.body));
      },
    };
  }
}
