/** The values of a constant object: one declaration serves the column's type and the GraphQL enum. */
export type ValueOf<T> = T[keyof T];

/** Who can see a reflection by default / now. */
export const Visibility = { PRIVATE: 'PRIVATE', SHARED_WITH_COACHES: 'SHARED_WITH_COACHES' } as const;
export type Visibility = ValueOf<typeof Visibility>;

/** State of a background job's result (research plan, summary, action plan). */
export const JobState = { PENDING: 'PENDING', RUNNING: 'RUNNING', READY: 'READY', FAILED: 'FAILED' } as const;
export type JobState = ValueOf<typeof JobState>;
