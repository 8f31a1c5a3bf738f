import { preparedStatement, type TenantDatabase } from '#database';

/**
 * The two narrow ways to see an account row without being its user or a member of its
 * organisation (see the account-security migration): naming its email (sign-in, sign-up, an
 * invitation, a password reset request) or presenting a refresh token. Each setting is local to
 * the transaction and cleared as soon as the lookup is done.
 */
const SET_ACCOUNT_EMAIL = preparedStatement(`SELECT set_config('app.account_email', $1, true)`);
const SET_PRESENTED_REFRESH_TOKEN = preparedStatement(`SELECT set_config('app.refresh_token_hash', $1, true)`);

async function withSetting<T>(db: TenantDatabase, statement: typeof SET_ACCOUNT_EMAIL, value: string, work: () => Promise<T>): Promise<T> {
  await db.query(statement, [value]);
  try {
    return await work();
  } finally {
    // After a failed statement the transaction is over anyway (and the setting with it).
    await db.query(statement, ['']).catch(() => undefined);
  }
}

/** Runs `work` able to see the account with this (normalised) email, and no other. */
export const asAccountEmail = <T>(db: TenantDatabase, email: string, work: () => Promise<T>): Promise<T> =>
  withSetting(db, SET_ACCOUNT_EMAIL, email, work);

/** Runs `work` able to see the refresh token with this hash, and no other. */
export const asPresentedRefreshToken = <T>(db: TenantDatabase, tokenHash: string, work: () => Promise<T>): Promise<T> =>
  withSetting(db, SET_PRESENTED_REFRESH_TOKEN, tokenHash, work);
