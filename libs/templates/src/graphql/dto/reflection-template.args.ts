import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

@ArgsType()
export class ReflectionTemplatesArgs {
  @Field(() => Boolean, { nullable: true, description: 'Include archived templates (default false)' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean | null;
}

/** Version argument of `reflectionTemplate`; the id goes through `UuidPipe` separately. */
@ArgsType()
export class TemplateVersionArgs {
  @Field(() => Int, { nullable: true, description: 'A specific version (default: the current one)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number | null;
}
