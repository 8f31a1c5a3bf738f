import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OrganisationsService } from '#identity';
import { AnalyticsException, AnalyticsExceptionCode } from '../analytics.exception.js';
import { MAX_EPSILON, MIN_EPSILON } from './figure-noise.util.js';
import { activeNoise, isValidEpsilon, type StoredNoiseSetting } from './noise-setting.util.js';

/**
 * The organisation setting that adds differential-privacy noise to HR reports, kept in the
 * organisation's settings through the identity lib. Its secret key is made once and kept when
 * noise is switched off or ε changes, so a figure shown again is the same figure.
 */
@Injectable()
export class AggregateNoiseService {
  constructor(private readonly organisations: OrganisationsService) {}

  /** ε per released figure, or null when reports carry no noise. */
  async epsilonOf(organisationId: string): Promise<number | null> {
    const organisation = await this.organisations.get(organisationId);
    return activeNoise(organisation.settings.aggregateNoise)?.epsilon ?? null;
  }

  async set(organisationId: string, epsilon: number | null): Promise<void> {
    if (epsilon !== null && !isValidEpsilon(epsilon)) {
      throw new AnalyticsException(
        `epsilon must be from ${MIN_EPSILON} to ${MAX_EPSILON}, or null for no noise`,
        AnalyticsExceptionCode.INVALID_NOISE,
        { field: 'epsilon' },
      );
    }
    const organisation = await this.organisations.get(organisationId);
    const stored = organisation.settings.aggregateNoise as StoredNoiseSetting | undefined;
    const key = stored?.key ?? randomBytes(32).toString('base64url');
    await this.organisations.updateSettings(organisationId, { aggregateNoise: { epsilon, key } });
  }
}
