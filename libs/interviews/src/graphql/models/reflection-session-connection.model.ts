import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { ReflectionSessionModel } from './reflection-session.model.js';

@ObjectType('ReflectionSessionConnection')
export class ReflectionSessionConnection extends Connection(ReflectionSessionModel, 'ReflectionSession') {}
