import { ConfigurationError } from './configuration.error.js';

interface Loadable {
  load(source?: NodeJS.ProcessEnv): unknown;
}

/**
 * Loads every configuration concern of a process before anything else starts. On the first
 * invalid one it writes one JSON line naming the variables (never their values) to stderr and
 * exits with status 1: the same shape for every concern, whoever declared it.
 */
export function validateConfigurationOrExit(service: string, concerns: readonly Loadable[], env: NodeJS.ProcessEnv = process.env): void {
  for (const concern of concerns) {
    try {
      concern.load(env);
    } catch (error) {
      const variables = error instanceof ConfigurationError ? error.variables : [];
      process.stderr.write(
        `${JSON.stringify({ level: 'fatal', time: Date.now(), service, msg: 'invalid configuration', variables, error: (error as Error).message })}\n`,
      );
      process.exit(1);
    }
  }
}
