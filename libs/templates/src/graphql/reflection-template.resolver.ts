import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { UuidPipe } from '#common';
import { IdentityLoaders, MembershipModel } from '#identity/graphql';
import type { TemplateSnapshot } from '../content/template-snapshot.js';
import { TemplatesService } from '../services/templates.service.js';
import { ReflectionTemplatesArgs, TemplateVersionArgs } from './dto/reflection-template.args.js';
import { TemplateInput } from './dto/template.input.js';
import { ReflectionTemplateModel } from './models/reflection-template.model.js';

const toModel = (s: TemplateSnapshot): ReflectionTemplateModel => ReflectionTemplateModel.from(s.template, s.version);

@Resolver(() => ReflectionTemplateModel)
export class ReflectionTemplateResolver {
  constructor(
    private readonly templates: TemplatesService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => [ReflectionTemplateModel], {
    description: 'Templates the caller may read: own personal ones, and the library (or, for participants, what is assigned to them)',
  })
  async reflectionTemplates(@CurrentActor() actor: MemberActor, @Args() args: ReflectionTemplatesArgs): Promise<ReflectionTemplateModel[]> {
    return (await this.templates.list(actor, args.includeArchived ?? false)).map(toModel);
  }

  @Query(() => ReflectionTemplateModel, { description: 'The current version, or an earlier one; NOT_FOUND when missing or not readable' })
  async reflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args() args: TemplateVersionArgs,
  ): Promise<ReflectionTemplateModel> {
    return toModel(await this.templates.get(actor, id, args.version));
  }

  @Mutation(() => ReflectionTemplateModel, {
    description:
      'Coaches and admins add to the library; participants create personal templates. The research plan is generated in the background.',
  })
  async createReflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('input') input: TemplateInput,
  ): Promise<ReflectionTemplateModel> {
    return toModel(await this.templates.create(actor, input));
  }

  @Mutation(() => ReflectionTemplateModel, { description: 'Writes a new version (earlier versions stay readable; sessions keep theirs)' })
  async updateReflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: TemplateInput,
  ): Promise<ReflectionTemplateModel> {
    const { personal: _ignored, ...content } = input;
    return toModel(await this.templates.update(actor, id, content));
  }

  @Mutation(() => ReflectionTemplateModel, {
    description: 'Hides the template from lists and new self-directed sessions; existing sessions and assignments keep working',
  })
  async archiveReflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ReflectionTemplateModel> {
    return toModel(await this.templates.setArchived(actor, id, true));
  }

  @Mutation(() => ReflectionTemplateModel)
  async unarchiveReflectionTemplate(
    @CurrentActor() actor: MemberActor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<ReflectionTemplateModel> {
    return toModel(await this.templates.setArchived(actor, id, false));
  }

  @ResolveField(() => MembershipModel, { nullable: true, description: 'Who wrote the template; null for the starter library' })
  async owner(@Parent() template: ReflectionTemplateModel): Promise<MembershipModel | null> {
    if (!template.ownerMembershipId) return null;
    return MembershipModel.from(await this.identity.membership(template.ownerMembershipId));
  }
}
