/** A mistake in the command line: exit status 2 with a one-line message. */
export class UsageError extends Error {}

/**
 * The line the command prints when it fails: a usage error as written; any other error by its kind only,
 * since its message may quote the data being processed (a JSON parser's does).
 */
export function failureLine(e: unknown): string {
  if (e instanceof UsageError) return e.message;
  const kind = e instanceof Error ? e.name || e.constructor.name : typeof e;
  return `internal error (${kind}); please report it`;
}
