import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One signed-in device: the family of its rotating refresh tokens. Not tenant-owned (a session
 * spans organisations); visible only to its user. Access tokens carry its id (`sid`), so revoking
 * it ends every token of that device at once.
 */
@Entity('login_sessions')
export class LoginSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Last sign-in or token refresh. */
  @Column('timestamptz', { name: 'last_used_at' })
  lastUsedAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
