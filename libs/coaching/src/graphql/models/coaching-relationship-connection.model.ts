import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { CoachingRelationshipModel } from './coaching-relationship.model.js';

@ObjectType('CoachingRelationshipConnection')
export class CoachingRelationshipConnection extends Connection(CoachingRelationshipModel, 'CoachingRelationship') {}
