import { Module } from '@nestjs/common';
import { IdentityGraphqlModule } from '#identity/graphql';
import { PrivacyModule } from '../privacy.module.js';
import { MyDataResolver } from './my-data.resolver.js';

@Module({
  imports: [PrivacyModule, IdentityGraphqlModule],
  providers: [MyDataResolver],
})
export class PrivacyGraphqlModule {}
