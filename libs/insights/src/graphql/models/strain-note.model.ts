import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StrainNoteEntity } from '../../entities/strain-note.entity.js';

@ObjectType('StrainNote', {
  description: 'What you said about strain or distress, acknowledged for you. Only ever shown to you: never to a coach, HR or an admin.',
})
export class StrainNoteModel {
  @Field()
  acknowledgement: string;

  @Field(() => [ID], { description: 'Your turns it responds to' })
  turnIds: string[];

  @Field(() => String, { nullable: true, description: "Your organisation's support resources, when it has set them" })
  supportResources: string | null;

  static from(entity: StrainNoteEntity, supportResources: string | null): StrainNoteModel {
    return Object.assign(new StrainNoteModel(), { acknowledgement: entity.acknowledgement, turnIds: entity.turnIds, supportResources });
  }
}
