import type { AnyCommand } from './command';

export interface CommandMatch {
  command: AnyCommand;
  /** The words after the command name. */
  args: string[];
}

export interface CommandRegistry {
  all(): readonly AnyCommand[];
  get(name: string): AnyCommand | undefined;
  /** Longest name or alias matching the first words (case-insensitive). */
  match(words: readonly string[]): CommandMatch | undefined;
  names(): string[];
}

/** Refuses duplicate names or aliases at start-up, like hubot's command bus. */
export function createRegistry(commands: readonly AnyCommand[]): CommandRegistry {
  const byName = new Map<string, AnyCommand>();
  for (const command of commands) {
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      const key = name.toLowerCase();
      const existing = byName.get(key);
      if (existing) throw new Error(`Command name "${name}" is declared twice (${existing.name} and ${command.name}).`);
      byName.set(key, command);
    }
  }
  const maxWords = Math.max(1, ...[...byName.keys()].map((k) => k.split(' ').length));

  return {
    all: () => commands,
    get: (name) => byName.get(name.toLowerCase()),
    names: () => commands.map((c) => c.name),
    match(words) {
      for (let n = Math.min(maxWords, words.length); n >= 1; n--) {
        const command = byName.get(words.slice(0, n).join(' ').toLowerCase());
        if (command) return { command, args: words.slice(n) };
      }
      return undefined;
    },
  };
}
