// Loaded by jest outside its module system, so it uses the compiled code (npm test builds first).
import { startE2eSystem } from '../../dist/libs/testing/src/e2e-system.js';

export default async function globalSetup() {
  globalThis.__waypointSystem = await startE2eSystem();
}
