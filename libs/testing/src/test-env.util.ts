/** What the global setup started, as seen from a test file. */
export function testEnv(): NodeJS.ProcessEnv & { WAYPOINT_TEST_API_URL: string; WAYPOINT_TEST_MAIL_DIR: string } {
  const raw = process.env.WAYPOINT_TEST_ENV;
  if (!raw) throw new Error('The e2e global setup did not run (WAYPOINT_TEST_ENV is missing)');
  return JSON.parse(raw) as NodeJS.ProcessEnv & { WAYPOINT_TEST_API_URL: string; WAYPOINT_TEST_MAIL_DIR: string };
}
