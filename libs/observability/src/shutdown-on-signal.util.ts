/**
 * SIGTERM/SIGINT: close the application (the api stops accepting requests and finishes in-flight
 * ones; the worker waits for its active jobs; pools close), then exit 0, or 1 if closing failed.
 * Closing that takes longer than `timeoutMs` (a dependency that never answers) ends the process
 * anyway with status 1 and one JSON line saying so: a deploy is never held up by a hung shutdown.
 */
export function shutDownOnSignal(close: () => Promise<void>, timeoutMs: number, service: string): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      const deadline = setTimeout(() => {
        process.stderr.write(
          `${JSON.stringify({ level: 'error', time: Date.now(), service, msg: 'shutdown timed out; exiting', timeoutMs })}\n`,
        );
        process.exit(1);
      }, timeoutMs);
      deadline.unref();
      close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}
