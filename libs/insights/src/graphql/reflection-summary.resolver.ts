import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { OrganisationsService } from '#identity';
import { ReflectionAccessPolicy } from '#sharing';
import { StrainNotesService } from '../services/strain-notes.service.js';
import { ReflectionSummaryModel } from './models/reflection-summary.model.js';
import { StrainNoteModel } from './models/strain-note.model.js';

/** The owner-only part of a summary. */
@Resolver(() => ReflectionSummaryModel)
export class ReflectionSummaryResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly strainNotes: StrainNotesService,
    private readonly organisations: OrganisationsService,
  ) {}

  @ResolveField(() => StrainNoteModel, {
    nullable: true,
    description: 'For you alone, when you described strain or distress: null for anyone else, even a coach you shared the reflection with',
  })
  async strain(@CurrentActor() actor: MemberActor, @Parent() summary: ReflectionSummaryModel): Promise<StrainNoteModel | null> {
    if (!(await this.policy.filterReadable(actor, [summary.reflection], 'strain_note')).length) return null;
    const note = await this.strainNotes.findForSession(actor.organisationId, summary.reflection.id);
    if (!note) return null;
    const organisation = await this.organisations.get(actor.organisationId);
    return StrainNoteModel.from(note, organisation.settings.supportResources?.trim() || null);
  }
}
