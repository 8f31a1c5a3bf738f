/**
 * Topics of live events. Each names its organisation, so a subscriber listens only inside the
 * tenant of its token, and the Redis channel adds the deployment's QUEUE_PREFIX (`channelOf`), so
 * deployments sharing one Redis never hear each other.
 */
export const LiveTopic = {
  /** A job state of a reflection session changed (summary, action plan). */
  session: (organisationId: string, sessionId: string) => `org:${organisationId}:session:${sessionId}`,
  /** The interviewer's reply to an answer of this session, as it is written. */
  reply: (organisationId: string, sessionId: string) => `org:${organisationId}:reply:${sessionId}`,
  /** The research plan of a template changed state. */
  template: (organisationId: string, templateId: string) => `org:${organisationId}:template:${templateId}`,
  /** A reflection was shared with this coach. */
  sharesFor: (organisationId: string, coachMembershipId: string) => `org:${organisationId}:shares:${coachMembershipId}`,
} as const;

/** The Redis channel of a topic in this deployment. */
export const channelOf = (queuePrefix: string, topic: string): string => `${queuePrefix}:live:${topic}`;
