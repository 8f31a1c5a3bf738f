import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { UserEntity } from '../entities/user.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { asAccountEmail } from './account-scope.util.js';
import { PasswordHasher } from './password-hasher.service.js';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Accounts. Row-level security shows a user row to the user, to members of the current
 * organisation, and to a lookup by email made here (`asAccountEmail`), nothing else.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(email: string, password: string, displayName: string): Promise<UserEntity> {
    const normalised = normaliseEmail(email);
    return asAccountEmail(this.db, normalised, async () => {
      if (await this.byEmail(normalised)) {
        throw new IdentityException('An account with this email already exists', IdentityExceptionCode.EMAIL_TAKEN);
      }
      const passwordHash = await this.hasher.hash(password);
      const rows = await this.db.manager.query(
        `INSERT INTO users (email, password_hash, display_name) VALUES ($1, $2, $3)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
        [normalised, passwordHash, displayName.trim()],
      );
      if (!rows.length) throw new IdentityException('An account with this email already exists', IdentityExceptionCode.EMAIL_TAKEN);
      return this.getById(rows[0].id as string);
    });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    const normalised = normaliseEmail(email);
    return asAccountEmail(this.db, normalised, () => this.byEmail(normalised));
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.db.repository(UserEntity).findOneBy({ id });
    if (!user) throw new IdentityException('Invalid credentials', IdentityExceptionCode.INVALID_CREDENTIALS);
    return user;
  }

  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.repository(UserEntity).createQueryBuilder('u').where('u.id = ANY(:ids)', { ids }).getMany();
  }

  /** Returns the user only when the password matches; timing does not depend on the email existing. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const normalised = normaliseEmail(email);
    const row = await asAccountEmail(this.db, normalised, () =>
      this.db
        .repository(UserEntity)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('lower(u.email) = :email', { email: normalised })
        .getOne(),
    );
    const ok = await this.hasher.verify(row?.passwordHash, password);
    return ok && row ? row : null;
  }

  /** Checks the signed-in user's own password (their row is visible in their own scope). */
  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const row = await this.db
      .repository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId', { userId })
      .getOne();
    return this.hasher.verify(row?.passwordHash, password);
  }

  /** Sets a new password (in the user's own scope). */
  async setPassword(userId: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const result = await this.db.manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
    if (!result[1]) throw new IdentityException('Invalid credentials', IdentityExceptionCode.INVALID_CREDENTIALS);
  }

  private byEmail(normalised: string): Promise<UserEntity | null> {
    return this.db.repository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email: normalised }).getOne();
  }
}
