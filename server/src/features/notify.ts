// Warnings the user must see (a setting or the allow-list not used as written): each goes to the log, and
// each distinct one is shown once per session, not again at every reload.
export function warnOncePerSession(log: (message: string) => void, show: (message: string) => void): (message: string) => void {
  const shown = new Set<string>();
  return (message) => {
    log(message);
    if (shown.has(message)) return;
    shown.add(message);
    show(message);
  };
}
