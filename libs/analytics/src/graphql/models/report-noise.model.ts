import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { ReportNoise } from '../../services/development-themes-report.types.js';

@ObjectType('ReportNoise', {
  description:
    'Differential-privacy noise on the shown figures (counts and sums; averages and shares follow from them). The same data always gets the same noise, so asking again teaches nothing',
})
export class ReportNoiseModel {
  @Field({ description: 'The noise distribution, e.g. "discrete Laplace"' })
  mechanism: string;

  @Field(() => Float, { description: 'ε of each shown figure (smaller: more noise)' })
  epsilon: number;

  @Field(() => Float, { description: 'The most this report spends on one participant (sum of the ε of the figures they are in)' })
  reportEpsilon: number;

  @Field(() => Float, { description: 'The most every report HR can request for the period spends on one participant' })
  periodEpsilon: number;

  static from(noise: ReportNoise): ReportNoiseModel {
    return Object.assign(new ReportNoiseModel(), noise);
  }
}
