/** The demo organisation and who is in it. Every account shares one password (demo data only). */
export const DEMO_ORGANISATION = 'Northwind Demo';
export const DEMO_PASSWORD = 'northwind-demo-password';

export interface DemoPerson {
  email: string;
  displayName: string;
  role: 'ORG_ADMIN' | 'COACH' | 'HR' | 'PARTICIPANT';
  department?: string;
  team?: string;
}

export const DEMO_ADMIN: DemoPerson = { email: 'admin@northwind.example', displayName: 'Olivia Admin', role: 'ORG_ADMIN' };
export const DEMO_COACH: DemoPerson = { email: 'coach@northwind.example', displayName: 'Casey Coach', role: 'COACH' };
export const DEMO_HR: DemoPerson = { email: 'hr@northwind.example', displayName: 'Harper HR', role: 'HR' };

/** Four in Engineering and two in Sales: both departments are below the anonymity threshold of 5. */
export const DEMO_PARTICIPANTS: DemoPerson[] = [
  { email: 'ada@northwind.example', displayName: 'Ada', role: 'PARTICIPANT', department: 'Engineering', team: 'Platform' },
  { email: 'ben@northwind.example', displayName: 'Ben', role: 'PARTICIPANT', department: 'Engineering', team: 'Platform' },
  { email: 'chloe@northwind.example', displayName: 'Chloe', role: 'PARTICIPANT', department: 'Engineering', team: 'Mobile' },
  { email: 'dev@northwind.example', displayName: 'Dev', role: 'PARTICIPANT', department: 'Engineering', team: 'Mobile' },
  { email: 'elena@northwind.example', displayName: 'Elena', role: 'PARTICIPANT', department: 'Sales', team: 'EMEA' },
  { email: 'farid@northwind.example', displayName: 'Farid', role: 'PARTICIPANT', department: 'Sales', team: 'EMEA' },
];
