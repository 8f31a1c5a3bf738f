import { DateTime } from 'luxon';
import type { ReminderKind } from '../entities/session-reminder.entity.js';

export interface ReminderFacts {
  kind: ReminderKind;
  displayName: string;
  organisationName: string;
  templateTitle: string;
  dueAt: Date;
  windowClosesAt: Date;
  timezone: string;
  link: string;
}

const local = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("cccc d LLLL yyyy, HH:mm '('ZZZZ')'");

/** The reminder email. Names the check-in and its dates only: never anything a participant wrote. */
export function reminderMessage(facts: ReminderFacts): { subject: string; text: string } {
  const closes = local(facts.windowClosesAt, facts.timezone);
  const subject = facts.kind === 'DUE' ? `Time to reflect: ${facts.templateTitle}` : `Closing soon: ${facts.templateTitle}`;
  const opening =
    facts.kind === 'DUE'
      ? `Your reflection "${facts.templateTitle}" for ${facts.organisationName} is due (${local(facts.dueAt, facts.timezone)}).`
      : `Your reflection "${facts.templateTitle}" for ${facts.organisationName} is still open, but not for long.`;
  return {
    subject,
    text: [`Hello ${facts.displayName},`, '', opening, `It stays open until ${closes}.`, '', `Start or resume it here: ${facts.link}`].join(
      '\n',
    ),
  };
}
