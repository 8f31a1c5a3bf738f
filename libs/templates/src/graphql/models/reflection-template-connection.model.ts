import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { ReflectionTemplateModel } from './reflection-template.model.js';

@ObjectType('ReflectionTemplateConnection')
export class ReflectionTemplateConnection extends Connection(ReflectionTemplateModel, 'ReflectionTemplate') {}
