import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from './page-info.model.js';

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list: the shape of every connection, in GraphQL and in services. */
export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
}

/**
 * The Relay connection of a node type: `<name>Connection { edges { cursor node } pageInfo }`.
 * Extend it once per node type: `@ObjectType('MembershipConnection') class MembershipConnection extends Connection(MembershipModel, 'Membership') {}`.
 */
export function Connection<T>(nodeType: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field({ description: 'Pass as `after` to read the items after this one' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements Page<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfoModel)
    pageInfo: PageInfoModel;
  }
  return ConnectionType as unknown as Type<Page<T>>;
}
