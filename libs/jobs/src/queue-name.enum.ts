import { JobName } from './job-name.enum.js';

export enum QueueName {
  Email = 'email',
  Llm = 'llm',
  Housekeeping = 'housekeeping',
  Webhooks = 'webhooks',
}

/** Which queue carries each job: LLM work and webhooks are isolated so slow providers or receivers never delay email. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitationEmail]: QueueName.Email,
  [JobName.ExpireInvitations]: QueueName.Housekeeping,
  [JobName.DispatchOutbox]: QueueName.Housekeeping,
  [JobName.WriteSummary]: QueueName.Llm,
  [JobName.RefreshParticipantRollup]: QueueName.Housekeeping,
  [JobName.ReconcileRollups]: QueueName.Housekeeping,
  [JobName.ReconcileOrganisationRollup]: QueueName.Housekeeping,
  [JobName.GenerateResearchPlan]: QueueName.Llm,
  [JobName.SendSummaryEmail]: QueueName.Email,
  [JobName.GenerateActionPlan]: QueueName.Llm,
  [JobName.MaterialiseDueSessions]: QueueName.Housekeeping,
  [JobName.SendReminder]: QueueName.Email,
  [JobName.SendPasswordResetEmails]: QueueName.Email,
  [JobName.FanOutWebhookEvent]: QueueName.Webhooks,
  [JobName.DeliverWebhook]: QueueName.Webhooks,
  [JobName.ResendWebhookDeliveries]: QueueName.Webhooks,
};
