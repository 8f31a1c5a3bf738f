/**
 * Events an organisation's webhook endpoints may subscribe to. The value is the `type` sent in
 * the payload. Emitted by the lib that owns the change, in the change's own transaction.
 */
export enum WebhookEventType {
  REFLECTION_SHARED = 'reflection.shared',
  REFLECTION_SHARE_REVOKED = 'reflection.share_revoked',
  SUMMARY_READY = 'summary.ready',
  SESSION_DUE = 'session.due',
  SESSION_EXPIRED = 'session.expired',
  ACTION_ITEM_CHANGED = 'action_item.changed',
}

/** What each event says: ids and states only, never reflection text, names or email addresses. */
export interface WebhookEventData {
  [WebhookEventType.REFLECTION_SHARED]: { sessionId: string; participantMembershipId: string; coachMembershipIds: string[] };
  [WebhookEventType.REFLECTION_SHARE_REVOKED]: { sessionId: string; participantMembershipId: string; coachMembershipIds: string[] };
  [WebhookEventType.SUMMARY_READY]: { sessionId: string; participantMembershipId: string };
  [WebhookEventType.SESSION_DUE]: { sessionId: string; participantMembershipId: string; assignmentId: string; dueAt: string };
  [WebhookEventType.SESSION_EXPIRED]: { sessionId: string; participantMembershipId: string; assignmentId: string | null };
  [WebhookEventType.ACTION_ITEM_CHANGED]: {
    actionItemId: string;
    actionPlanId: string;
    participantMembershipId: string;
    status: string;
    progress: number;
  };
}

/** One occurrence: `id` is unique per event and becomes the payload's id (receivers de-duplicate on it). */
export type WebhookEvent = {
  [T in WebhookEventType]: { id: string; type: T; organisationId: string; occurredAt: string; data: WebhookEventData[T] };
}[WebhookEventType];

/** An event to emit: the emitter gives it its id and time. */
export type WebhookEventInput = {
  [T in WebhookEventType]: { organisationId: string; type: T; data: WebhookEventData[T] };
}[WebhookEventType];
