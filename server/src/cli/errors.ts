/** A mistake in the command line: exit status 2 with a one-line message. */
export class UsageError extends Error {}
