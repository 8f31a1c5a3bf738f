import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { MembershipModel } from './membership.model.js';

@ObjectType('MembershipConnection')
export class MembershipConnection extends Connection(MembershipModel, 'Membership') {}
