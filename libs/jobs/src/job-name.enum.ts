/** Every background job of Waypoint. The worker refuses to boot unless each has exactly one handler. */
export enum JobName {
  SendInvitationEmail = 'send-invitation-email',
  ExpireInvitations = 'expire-invitations',
  DispatchOutbox = 'dispatch-outbox',
  WriteSummary = 'write-summary',
  RefreshParticipantRollup = 'refresh-participant-rollup',
  ReconcileRollups = 'reconcile-rollups',
  ReconcileOrganisationRollup = 'reconcile-organisation-rollup',
  GenerateResearchPlan = 'generate-research-plan',
  SendSummaryEmail = 'send-summary-email',
  GenerateActionPlan = 'generate-action-plan',
  MaterialiseDueSessions = 'materialise-due-sessions',
  SendReminder = 'send-reminder',
  SendPasswordResetEmails = 'send-password-reset-emails',
  FanOutWebhookEvent = 'fan-out-webhook-event',
  DeliverWebhook = 'deliver-webhook',
  ResendWebhookDeliveries = 'resend-webhook-deliveries',
}
