import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor, Role, Roles } from '#auth';
import { ThemeTaxonomyService } from '../services/theme-taxonomy.service.js';
import { AddThemeArgs } from './dto/add-theme.args.js';
import { TaxonomyThemeModel } from './models/taxonomy-theme.model.js';

@Resolver(() => TaxonomyThemeModel)
export class ThemeTaxonomyResolver {
  constructor(private readonly taxonomy: ThemeTaxonomyService) {}

  @Query(() => [TaxonomyThemeModel], { description: "Themes summaries are coded to: the default taxonomy plus the organisation's own" })
  async themeTaxonomy(@CurrentActor() actor: MemberActor): Promise<TaxonomyThemeModel[]> {
    return (await this.taxonomy.list(actor.organisationId)).map(TaxonomyThemeModel.from);
  }

  @Roles(Role.ORG_ADMIN)
  @Mutation(() => TaxonomyThemeModel, {
    description: "Adds a theme to the organisation's taxonomy (used by summaries written from now on)",
  })
  async addTheme(@CurrentActor() actor: MemberActor, @Args() args: AddThemeArgs): Promise<TaxonomyThemeModel> {
    return TaxonomyThemeModel.from(await this.taxonomy.add(actor.organisationId, args));
  }
}
