import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import { findUnstorableText, isStorableText, UnstorableTextException } from '#common';

/** Where in the operation's own text a string literal cannot be stored, if anywhere. */
function unstorableLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    StringValue(node) {
      if (isStorableText(node.value)) return undefined;
      found = `query (line ${node.loc?.startToken.line ?? '?'})`;
      return BREAK;
    },
  });
  return found;
}

/**
 * Every string a client sends (variables and literals, in every argument of every field) is
 * checked once, before any resolver or transaction: a NUL character or a lone surrogate is refused
 * with BAD_USER_INPUT (reason UNSTORABLE_TEXT) instead of failing in PostgreSQL or being stored
 * altered.
 */
@Plugin()
@Injectable()
export class StorableTextPlugin implements ApolloServerPlugin {
  async requestDidStart() {
    return {
      async didResolveOperation(context: GraphQLRequestContextDidResolveOperation<object>) {
        const field = findUnstorableText(context.request.variables, 'variables') ?? unstorableLiteral(context.document);
        if (!field) return;
        const exception = new UnstorableTextException(field);
        throw new GraphQLError(exception.message, { originalError: exception, extensions: { http: { status: 400 } } });
      },
    };
  }
}
