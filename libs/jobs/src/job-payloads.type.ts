import type { JobName } from './job-name.enum.js';
import type { WebhookEvent } from './webhook-event.type.js';

/** Work for one organisation: the tenant travels with the job and scopes its transaction. */
export interface TenantJob {
  organisationId: string;
}

/** Housekeeping across organisations; `null` says so explicitly. */
export interface SystemJob {
  organisationId: null;
}

/** Payloads carry ids, never reflection text: the worker reads content under the tenant's scope. */
export interface JobPayloads {
  [JobName.SendInvitationEmail]: TenantJob & { invitationId: string };
  [JobName.ExpireInvitations]: SystemJob & { asOf?: string };
  [JobName.DispatchOutbox]: SystemJob & { olderThanSeconds?: number };
  [JobName.WriteSummary]: TenantJob & { sessionId: string };
  [JobName.RefreshParticipantRollup]: TenantJob & { participantMembershipId: string };
  [JobName.ReconcileRollups]: SystemJob;
  [JobName.ReconcileOrganisationRollup]: TenantJob;
  /** `requestId` is the template version's current generation request; an older one writes nothing. */
  [JobName.GenerateResearchPlan]: TenantJob & { templateId: string; version: number; requestId: string };
  [JobName.SendSummaryEmail]: TenantJob & { sessionId: string };
  [JobName.GenerateActionPlan]: TenantJob & { actionPlanId: string; requestId: string };
  /** `asOf` (ISO instant) is the scheduler's clock; now when absent. */
  /** `organisationIds` limits a run to some tenants (an operator replaying one organisation). */
  [JobName.MaterialiseDueSessions]: SystemJob & { asOf?: string; organisationIds?: string[] };
  [JobName.SendReminder]: TenantJob & { sessionId: string; kind: 'DUE' | 'CLOSING' };
  /** One reset's email (both ids), or, from the sweep (no ids), every reset whose email was never sent. */
  [JobName.SendPasswordResetEmails]: SystemJob & { userId?: string; resetId?: string };
  /** A domain event for the organisation's webhook endpoints: ids only (see `WebhookEvent`). */
  [JobName.FanOutWebhookEvent]: TenantJob & { event: WebhookEvent };
  /** One attempt at one delivery; `attempt` counts from 1, and a later attempt is a new job. */
  [JobName.DeliverWebhook]: TenantJob & { deliveryId: string; attempt: number };
  /** Queues again the next attempt of deliveries overdue by `olderThanSeconds` (their job was lost with Redis). */
  [JobName.ResendWebhookDeliveries]: SystemJob & { olderThanSeconds?: number };
}

export type JobPayload<N extends JobName> = JobPayloads[N];
