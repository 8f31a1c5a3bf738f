import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DeletionCounts } from '../../services/deletion.queries.js';

@ObjectType('DeletionReport', { description: "What deleteMyData erased of the caller's data in this organisation (zeros when run again)" })
export class DeletionReportModel {
  @Field(() => Int)
  sessions: number;

  @Field(() => Int)
  turns: number;

  @Field(() => Int)
  summaries: number;

  @Field(() => Int)
  actionItems: number;

  @Field(() => Int)
  actionPlans: number;

  @Field(() => Int, { description: 'Comments on the erased action items, whoever wrote them' })
  comments: number;

  @Field(() => Int, { description: 'Questions asked of the reflections, with their answers' })
  questions: number;

  @Field(() => Int, { description: 'Access log entries of the erased reflections' })
  accessLogEntries: number;

  @Field(() => Int, { description: 'Share grants of the erased reflections (active or revoked)' })
  shares: number;

  static from(counts: DeletionCounts): DeletionReportModel {
    return Object.assign(new DeletionReportModel(), counts);
  }
}
