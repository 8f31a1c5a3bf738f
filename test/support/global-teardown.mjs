import { stopE2eSystem } from '../../dist/libs/testing/src/e2e-system.js';

export default async function globalTeardown() {
  await stopE2eSystem(globalThis.__waypointSystem);
}
