import { Field, ObjectType } from '@nestjs/graphql';
import type { TaxonomyTheme } from '../../services/theme-taxonomy.service.js';

@ObjectType('TaxonomyTheme', { description: "A theme summaries are coded to: the default taxonomy plus the organisation's own" })
export class TaxonomyThemeModel {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => [String])
  keywords: string[];

  @Field({ description: 'True for a theme the organisation added' })
  custom: boolean;

  static from(theme: TaxonomyTheme): TaxonomyThemeModel {
    return Object.assign(new TaxonomyThemeModel(), {
      key: theme.key,
      label: theme.label,
      keywords: [...theme.keywords],
      custom: theme.custom,
    });
  }
}
