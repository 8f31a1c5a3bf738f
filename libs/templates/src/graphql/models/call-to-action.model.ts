import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CallToAction')
export class CallToActionModel {
  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  url: string | null;
}
