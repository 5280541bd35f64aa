/**
 * Teams renders TextBlock and FactSet text as markdown, so user text is escaped with backslashes:
 * links ([t](u): the brackets), emphasis (* _ ~), code (`), HTML-ish angle brackets, and heading or list markers
 * at the start of a line. The one escaping function for Teams; the card renderer applies it to every
 * piece of reply text, then adds its own markup (bullets) around it.
 */
export function escapeTeamsMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~[\]<>]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/^(\d+)\./, '$1\\.').replace(/^([#+-])$/, '\\$1')}`);
}
