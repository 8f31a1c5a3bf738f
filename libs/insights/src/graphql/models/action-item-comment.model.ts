import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { ActionItemCommentEntity } from '../../entities/action-item-comment.entity.js';

@ObjectType('ActionItemComment')
export class ActionItemCommentModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Resolved to `author: Membership!`. */
  authorMembershipId: string;

  static from(comment: ActionItemCommentEntity): ActionItemCommentModel {
    return Object.assign(new ActionItemCommentModel(), {
      id: comment.id,
      body: comment.body,
      createdAt: comment.createdAt,
      authorMembershipId: comment.authorMembershipId,
    });
  }
}
