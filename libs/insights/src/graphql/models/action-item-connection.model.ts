import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { ActionItemModel } from './action-item.model.js';

@ObjectType('ActionItemConnection')
export class ActionItemConnection extends Connection(ActionItemModel, 'ActionItem') {}
