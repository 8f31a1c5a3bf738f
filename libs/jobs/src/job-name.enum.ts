/** Every background job of Waypoint. The worker refuses to boot unless each has exactly one handler. */
export enum JobName {
  SendInvitationEmail = 'send-invitation-email',
  ExpireInvitations = 'expire-invitations',
  DispatchOutbox = 'dispatch-outbox',
  WriteSummary = 'write-summary',
  GenerateResearchPlan = 'generate-research-plan',
  SendSummaryEmail = 'send-summary-email',
  GenerateActionPlan = 'generate-action-plan',
}
