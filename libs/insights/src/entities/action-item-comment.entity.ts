import { Column, CreateDateColumn, Entity } from 'typeorm';
import { TenantEntity } from '#database/entities';

/** A note on an action item by its owner or a coach the reflection is shared with. */
@Entity('action_item_comments')
export class ActionItemCommentEntity extends TenantEntity {
  @Column('uuid', { name: 'action_item_id' })
  actionItemId: string;

  @Column('uuid', { name: 'author_membership_id' })
  authorMembershipId: string;

  @Column('text')
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
