export type Cadence = 'ONCE' | 'QUARTERLY' | 'ANNUALLY' | 'RRULE';

export interface ScheduleSpec {
  cadence: Cadence;
  /** RFC 5545 RRULE value, e.g. `FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1`; only for RRULE. */
  rrule?: string | null;
  /** IANA zone whose local wall-clock time the due dates keep, e.g. `Europe/Berlin`. */
  timezone: string;
  /** First due instant; its local time of day is kept by every later occurrence. */
  startsAt: Date;
}
