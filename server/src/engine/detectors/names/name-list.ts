// A workspace name-list file (e.g. `.datasan-names.txt`): one entry per line, "#" comments,
// "!word" marks a word that is never a name. Merged into settings.names by the caller.

export function parseNameList(content: string): { extraNames: string[]; notNames: string[] } {
  const extraNames: string[] = [];
  const notNames: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    if (line.startsWith('!')) {
      const w = line.slice(1).trim();
      if (w) notNames.push(w);
    } else extraNames.push(line);
  }
  return { extraNames, notNames };
}
