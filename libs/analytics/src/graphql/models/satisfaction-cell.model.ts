import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { SatisfactionCell } from '../../services/development-themes-report.types.js';
import { SuppressionReason } from './suppression-reason.enum-type.js';

@ObjectType('SatisfactionCell', {
  description: "Satisfaction of a group from participants' own ratings, or from estimates; the two are never blended",
})
export class SatisfactionCellModel {
  @Field({ description: "false: participants' own ratings; true: estimates inferred from their answers" })
  estimated: boolean;

  @Field(() => Int, { nullable: true, description: 'Distinct participants with a score of this kind; null when hidden' })
  participants: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean score (0..10), each participant weighted once; null when hidden' })
  average: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the cell is hidden; null when shown' })
  suppressionReason: SuppressionReason | null;

  static from(cell: SatisfactionCell): SatisfactionCellModel {
    return Object.assign(new SatisfactionCellModel(), cell);
  }
}
