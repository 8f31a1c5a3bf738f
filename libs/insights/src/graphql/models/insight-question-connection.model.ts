import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { InsightQuestionModel } from './insight-answer.model.js';

@ObjectType('InsightQuestionConnection')
export class InsightQuestionConnection extends Connection(InsightQuestionModel, 'InsightQuestion') {}
