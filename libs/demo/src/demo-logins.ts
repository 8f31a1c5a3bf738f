import { DEMO_ADMIN, DEMO_COACH, DEMO_HR, DEMO_ORGANISATION, DEMO_PARTICIPANTS, DEMO_PASSWORD } from './demo-people.js';

/** What `npm run seed` prints: who can sign in, with which password. */
export function demoLogins(): string {
  const people = [DEMO_ADMIN, DEMO_COACH, DEMO_HR, ...DEMO_PARTICIPANTS];
  const rows = people.map(
    (p) => `  ${p.role.padEnd(12)} ${p.email.padEnd(26)} ${p.displayName}${p.department ? ` (${p.department} / ${p.team})` : ''}`,
  );
  return [`Demo organisation "${DEMO_ORGANISATION}"; every account's password is ${DEMO_PASSWORD}`, ...rows].join('\n');
}
