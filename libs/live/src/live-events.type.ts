/** What travels on the live topics: ids and states, and for the owner's own reply, its words. */

/** A job state of the session changed; subscribers read the states in their own scope. */
export interface SessionChangedEvent {
  sessionId: string;
}

/** The research plan of a template version changed state. */
export interface TemplatePlanEvent {
  templateId: string;
  version: number;
}

/** A reflection was shared with a coach. */
export interface ShareEvent {
  sessionId: string;
  participantMembershipId: string;
  coachMembershipId: string;
  sharedAt: string;
}

/**
 * The interviewer's reply while it is written: pieces of the question text, then the stored turn
 * (by id). `restart` says the writing began again (a retry, or the fallback model): drop what came before.
 */
export type ReplyEvent =
  | { kind: 'text'; answerTurnId: string; text: string; restart: boolean }
  | { kind: 'turn'; answerTurnId: string; turnId: string | null };
