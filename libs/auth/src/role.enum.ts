export enum Role {
  ORG_ADMIN = 'ORG_ADMIN',
  HR = 'HR',
  COACH = 'COACH',
  PARTICIPANT = 'PARTICIPANT',
}
