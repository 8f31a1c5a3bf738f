import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { AssignmentModel } from './assignment.model.js';

@ObjectType('AssignmentConnection')
export class AssignmentConnection extends Connection(AssignmentModel, 'Assignment') {}
