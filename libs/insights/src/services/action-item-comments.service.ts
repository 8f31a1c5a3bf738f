import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { TenantDatabase } from '#database';
import { ActionItemCommentEntity } from '../entities/action-item-comment.entity.js';

@Injectable()
export class ActionItemCommentsService {
  constructor(private readonly db: TenantDatabase) {}

  add(organisationId: string, actionItemId: string, authorMembershipId: string, body: string): Promise<ActionItemCommentEntity> {
    const repo = this.db.repository(ActionItemCommentEntity);
    return repo.save(repo.create({ organisationId, actionItemId, authorMembershipId, body }));
  }

  forItems(organisationId: string, itemIds: readonly string[]): Promise<ActionItemCommentEntity[]> {
    if (!itemIds.length) return Promise.resolve([]);
    return this.db
      .repository(ActionItemCommentEntity)
      .find({ where: { organisationId, actionItemId: In([...itemIds]) }, order: { createdAt: 'ASC' } });
  }
}
