/**
 * SIGTERM/SIGINT: close the application (the api stops accepting requests and finishes in-flight
 * ones; the worker waits for its active jobs; pools close), then exit 0, or 1 if closing failed.
 */
export function shutDownOnSignal(close: () => Promise<void>): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
