// Temporary: replaced by the shared catastrophic-backtracking checker on merge.
export function unsafePatternReason(pattern: string, _flags = ''): string | undefined {
  if (/\([^()]*[+*][^()]*\)[+*{]/.test(pattern)) return 'a repeated group holds a repetition';
  if (/\\\d/.test(pattern)) return 'a back-reference';
  return undefined;
}
