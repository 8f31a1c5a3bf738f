import { PlatformAndIdentity1732450000000 } from './1732450000000-platform-and-identity.migration.js';
import { EmailDeliveries1732450001000 } from './1732450001000-email-deliveries.migration.js';
import { Templates1732450002000 } from './1732450002000-templates.migration.js';
import { Coaching1732450003000 } from './1732450003000-coaching.migration.js';
import { Interviews1732450004000 } from './1732450004000-interviews.migration.js';
import { Sharing1732450005000 } from './1732450005000-sharing.migration.js';
import { Insights1732450006000 } from './1732450006000-insights.migration.js';
import { LlmUsage1732450010000 } from './1732450010000-llm-usage.migration.js';
import { SummarySources1732450030000 } from './1732450030000-summary-sources.migration.js';
import { Schedules1732450040000 } from './1732450040000-schedules.migration.js';
import { AnalyticsRollups1732450050000 } from './1732450050000-analytics-rollups.migration.js';
import { ShareConsistency1732450060000 } from './1732450060000-share-consistency.migration.js';
import { DefaultVisibilityFallback1732450061000 } from './1732450061000-default-visibility-fallback.migration.js';
import { TenantScopedForeignKeys1732450062000 } from './1732450062000-tenant-scoped-foreign-keys.migration.js';
import { ActionItemSource1732450070000 } from './1732450070000-action-item-source.migration.js';
import { ChildOrganisationKeys1732450080000 } from './1732450080000-child-organisation-keys.migration.js';
import { AccountSecurity1732450090000 } from './1732450090000-account-security.migration.js';
import { SensitiveTurns1732450091000 } from './1732450091000-sensitive-turns.migration.js';
import { RollupSatisfactionSources1732450093000 } from './1732450093000-rollup-satisfaction-sources.migration.js';
import { FaithfulInsights1732450094000 } from './1732450094000-faithful-insights.migration.js';
import { EmailDeliveryClaims1732450120000 } from './1732450120000-email-delivery-claims.migration.js';
import { Webhooks1732450130000 } from './1732450130000-webhooks.migration.js';

/** Every migration, in order. Listed explicitly so the compiled output needs no file globbing. */
export const MIGRATIONS = [
  PlatformAndIdentity1732450000000,
  EmailDeliveries1732450001000,
  Templates1732450002000,
  Coaching1732450003000,
  Interviews1732450004000,
  Sharing1732450005000,
  Insights1732450006000,
  LlmUsage1732450010000,
  SummarySources1732450030000,
  Schedules1732450040000,
  AnalyticsRollups1732450050000,
  ShareConsistency1732450060000,
  DefaultVisibilityFallback1732450061000,
  TenantScopedForeignKeys1732450062000,
  ActionItemSource1732450070000,
  ChildOrganisationKeys1732450080000,
  AccountSecurity1732450090000,
  SensitiveTurns1732450091000,
  RollupSatisfactionSources1732450093000,
  FaithfulInsights1732450094000,
  EmailDeliveryClaims1732450120000,
  Webhooks1732450130000,
];
