import { Field, ObjectType } from '@nestjs/graphql';
import type { HiddenThemeCell } from '../../services/development-themes-report.types.js';
import { SuppressionReason } from './suppression-reason.enum-type.js';

@ObjectType('HiddenThemeCell', {
  description:
    'A theme cell raised by at least the threshold of participants but hidden as a complement or for differencing. Themes raised by fewer are listed nowhere, like themes nobody raised',
})
export class HiddenThemeCellModel {
  @Field()
  theme: string;

  @Field()
  label: string;

  @Field(() => SuppressionReason)
  suppressionReason: SuppressionReason;

  static from(cell: HiddenThemeCell): HiddenThemeCellModel {
    return Object.assign(new HiddenThemeCellModel(), cell);
  }
}
