import { JobName } from './job-name.enum.js';

export enum QueueName {
  Email = 'email',
  Llm = 'llm',
  Housekeeping = 'housekeeping',
}

/** Which queue carries each job: LLM work is isolated so slow providers never delay email. */
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
};
