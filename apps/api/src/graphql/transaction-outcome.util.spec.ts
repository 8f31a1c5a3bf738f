import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { settleTransaction } from './transaction-outcome.util.js';

const body = (errors: boolean) => ({
  kind: 'single' as const,
  singleResult: {
    data: { acceptInvitation: { accessToken: 'issued-in-the-transaction' } },
    ...(errors ? { errors: [new GraphQLError('Organisation not found')] } : {}),
  },
});

describe('settleTransaction', () => {
  it('rolls a mutation with an error back and drops what it resolved, keeping the errors', () => {
    const response = body(true);
    expect(settleTransaction('mutation', response)).toBe(false);
    expect(response.singleResult.data).toBeNull();
    expect(response.singleResult.errors).toHaveLength(1);
  });

  it('commits a mutation without errors, and a query either way, leaving their data alone', () => {
    const ok = body(false);
    expect(settleTransaction('mutation', ok)).toBe(true);
    expect(ok.singleResult.data).toEqual({ acceptInvitation: { accessToken: 'issued-in-the-transaction' } });
    const partial = body(true);
    expect(settleTransaction('query', partial)).toBe(true);
    expect(partial.singleResult.data).not.toBeNull();
  });
});
