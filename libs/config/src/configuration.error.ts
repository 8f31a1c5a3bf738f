/** One invalid environment variable and what is wrong with it (never its value). */
export interface ConfigurationProblem {
  variable: string;
  problem: string;
}

/**
 * A configuration concern refused the environment. It names every offending variable, so the
 * process can stop with one structured line instead of a stack trace.
 */
export class ConfigurationError extends Error {
  constructor(
    readonly concern: string,
    readonly problems: ConfigurationProblem[],
  ) {
    super(`Invalid ${concern} configuration: ${problems.map((p) => `${p.variable}: ${p.problem}`).join('; ')}`);
    this.name = 'ConfigurationError';
  }

  get variables(): string[] {
    return [...new Set(this.problems.map((p) => p.variable))];
  }
}
