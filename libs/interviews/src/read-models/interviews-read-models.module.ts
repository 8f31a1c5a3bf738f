import { Global, Module } from '@nestjs/common';
import { ReflectionOwners } from '#sharing';
import { ReflectionOwnersReader } from './reflection-owners.reader.js';

/**
 * What libraries below this one read of reflection sessions, provided under the shape they
 * declare. Global, because those libraries cannot import this one.
 */
@Global()
@Module({
  providers: [{ provide: ReflectionOwners, useClass: ReflectionOwnersReader }],
  exports: [ReflectionOwners],
})
export class InterviewsReadModelsModule {}
