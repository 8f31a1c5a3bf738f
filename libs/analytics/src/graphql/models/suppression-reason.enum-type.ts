import { registerEnumType } from '@nestjs/graphql';
import { SuppressionReason } from '../../suppression/suppression-reason.enum.js';

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a cell of an HR report is hidden; never with the hidden figures',
  valuesMap: {
    SIZE: { description: 'Fewer participants than the threshold (possibly none)' },
    COMPLEMENT: { description: 'Hidden so that a hidden sibling cannot be recovered as the total minus the shown siblings' },
    DIFFERENCING: {
      description:
        'Hidden because its difference with another cell HR can request for the period would single out fewer participants than the threshold',
    },
  },
});

export { SuppressionReason };
