import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo', { description: 'Where a page of a connection ends (forward pagination with first/after)' })
export class PageInfoModel {
  @Field({ description: 'More items follow endCursor' })
  hasNextPage: boolean;

  @Field({ description: 'Always false: pages are read forward only' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge (null on an empty page)' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page (null on an empty page)' })
  endCursor: string | null;
}
