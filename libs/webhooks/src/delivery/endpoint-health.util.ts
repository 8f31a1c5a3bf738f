/** What one attempt did, as the delivery log records it. */
export interface AttemptOutcome {
  succeeded: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface EndpointHealth {
  consecutiveFailures: number;
  /** Set when this outcome disables the endpoint: the reason the admin reads. */
  disableReason: string | null;
}

/**
 * An endpoint's health after one attempt: a success clears the count of failures in a row; a
 * failure adds one, and reaching `disableAfter` disables an enabled endpoint, with a reason.
 */
export function endpointHealthAfter(
  current: { consecutiveFailures: number; enabled: boolean },
  outcome: AttemptOutcome,
  disableAfter: number,
): EndpointHealth {
  if (outcome.succeeded) return { consecutiveFailures: 0, disableReason: null };
  const consecutiveFailures = current.consecutiveFailures + 1;
  if (!current.enabled || consecutiveFailures < disableAfter) return { consecutiveFailures, disableReason: null };
  return {
    consecutiveFailures,
    disableReason: `Disabled after ${consecutiveFailures} failed delivery attempts in a row (last: ${describeOutcome(outcome)})`,
  };
}

/** A short, safe description of a failed attempt: the status code or the error kind, never a response body. */
export function describeOutcome(outcome: AttemptOutcome): string {
  if (outcome.statusCode !== null) return `HTTP ${outcome.statusCode}`;
  return outcome.error ?? 'no response';
}
