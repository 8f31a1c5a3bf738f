import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '#database';
import { UserEntity } from '../entities/user.entity.js';
import { IdentityException, IdentityExceptionCode } from '../identity.exception.js';
import { PasswordHasher } from './password-hasher.service.js';

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly hasher: PasswordHasher,
  ) {}

  async create(email: string, password: string, displayName: string): Promise<UserEntity> {
    const normalised = normaliseEmail(email);
    if (await this.findByEmail(normalised)) {
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
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db
      .repository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = :email', { email: normaliseEmail(email) })
      .getOne();
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
    const row = await this.db
      .repository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normaliseEmail(email) })
      .getOne();
    const ok = await this.hasher.verify(row?.passwordHash, password);
    return ok && row ? row : null;
  }
}
