import { Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { ReflectionAccessPolicy } from '#sharing';
import { type TrendPoint, themeChanges } from '../services/theme-changes.util.js';
import { TrendsService } from '../services/trends.service.js';
import { ThemeChangeModel, TrendPointModel } from './models/trend.model.js';

/** The caller's own satisfaction over time and the themes that came and went (owner only). */
@Resolver()
export class TrendsResolver {
  constructor(
    private readonly policy: ReflectionAccessPolicy,
    private readonly trends: TrendsService,
  ) {}

  @Query(() => [TrendPointModel], { description: 'One point per completed session with a summary, oldest first' })
  async satisfactionTrend(@CurrentActor() actor: MemberActor): Promise<TrendPointModel[]> {
    return (await this.readablePoints(actor)).map(TrendPointModel.from);
  }

  @Query(() => [ThemeChangeModel], { description: 'Themes gained and lost between consecutive completed sessions' })
  async themeChanges(@CurrentActor() actor: MemberActor): Promise<ThemeChangeModel[]> {
    return themeChanges(await this.readablePoints(actor)).map(ThemeChangeModel.from);
  }

  private async readablePoints(actor: MemberActor): Promise<TrendPoint[]> {
    const points = await this.trends.points(actor.organisationId, actor.membershipId);
    const owned = points.map((p) => ({
      ...p,
      id: p.sessionId,
      organisationId: actor.organisationId,
      participantMembershipId: p.participantMembershipId,
    }));
    return this.policy.filterReadable(actor, owned, 'trend');
  }
}
