import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, Length, Matches } from 'class-validator';

@ArgsType()
export class AddThemeArgs {
  @Field({ description: 'lower_snake_case, 2-49 characters' })
  @Matches(/^[a-z][a-z0-9_]{1,48}$/, { message: 'must be lower_snake_case, 2-49 characters, starting with a letter' })
  key: string;

  @Field()
  @Length(1, 80)
  @Matches(/\S/, { message: 'must not be blank' })
  label: string;

  @Field(() => [String], { description: 'Words and phrases that signal the theme in an answer' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  keywords: string[];
}
