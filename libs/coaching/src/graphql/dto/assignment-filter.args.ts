import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class AssignmentFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only the assignments of this participant' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an ID' })
  participantMembershipId?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeCancelled: boolean;
}
