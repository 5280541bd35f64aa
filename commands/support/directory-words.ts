import { ArgReader } from '../../src/core/args';
import { UserError } from '../../src/core/errors';
import { commandPrefix, readingOf, unquotedValueError, type ReadingPart } from '../../src/core/unquoted-words';
import { findOrganisation } from '../../src/domain/queries';
import type { Organisation, Person, StoreData } from '../../storage/schema';

/**
 * `NAME field value field value…` → the name and each field's value; unknown or repeated fields are refused.
 * The name and each value are one word or quoted (`person update "Jane Smith" org "British Gas"`); several
 * unquoted words are refused with that reading to copy (src/core/unquoted-words), comma lists excepted.
 */
export function nameAndFields<F extends string>(args: readonly string[], fields: readonly F[], usage: string, example: string): { name: string; changes: Partial<Record<F, string>> } {
  const names = new Map<string, F>(fields.map((f) => [f, f]));
  if (names.has('org')) names.set('organisation', 'org' as F);
  if (names.has('aliases')) names.set('alias', 'aliases' as F);
  if (names.has('contacts')) names.set('contact', 'contacts' as F);
  const field = (word: string): F | undefined => names.get(word.toLowerCase());
  const start = args.findIndex((w, i) => i > 0 && field(w) !== undefined);
  if (start === -1) throw new UserError(`Say what to change: one of ${fields.join(', ')}.`, `For example: ${example}`);
  const parts: ReadingPart[] = [{ words: args.slice(0, start) }];
  const changes: Partial<Record<F, string>> = {};
  const rest = args.slice(start);
  while (rest.length) {
    const word = rest.shift()!;
    const key = field(word);
    if (!key) throw new UserError(`Expected one of ${fields.join(', ')}.`, `Usage: ${usage}`);
    if (key in changes) throw new UserError(`"${key}" is given twice.`, `Usage: ${usage}`);
    const value: string[] = [];
    while (rest.length && !field(rest[0]!)) value.push(rest.shift()!);
    if (!value.length) throw new UserError(`"${key}" needs a value (or none to clear it).`, `For example: ${example}`);
    parts.push({ key: word }, { words: value, quote: !isCommaList(value) });
    changes[key] = (isCommaList(value) ? joinList(value) : value.join(' ')).replace(/"/g, '');
  }
  const at = parts.findIndex((p) => 'words' in p && p.words.length > 1 && p.quote !== false);
  if (at !== -1) {
    const before = parts[at - 1];
    const what = before && 'key' in before ? `value of "${before.key}"` : 'name';
    throw unquotedValueError(what, (parts[at] as { words: string[] }).words, [{ line: readingOf(commandPrefix(usage), parts) }]);
  }
  return { name: args.slice(0, start).join(' ').trim(), changes };
}

/** The whole rest of the words as one name (quoted when options are used), or a UserError with an example. */
export function requireName(reader: ArgReader, what: string, example: string): string {
  const name = reader.value(`${what}'s name`);
  if (!name) throw new UserError(`Which ${what}? Give the name.`, `For example: ${example}`);
  return name;
}

/** "Simon Trivella · British Gas" or "Gemma Slaney · Electricity Network Party". */
export function personLine(data: Readonly<StoreData>, person: Person): string {
  const org = findOrganisation(data, person.organisation)?.name ?? person.organisation;
  const where = org ?? person.category;
  const extra = [person.initials, person.email].filter(Boolean).join(', ');
  return `${person.name}${where ? ` · ${where}` : ''}${extra ? ` (${extra})` : ''}`;
}

export function personFields(data: Readonly<StoreData>, person: Person): { label: string; value: string }[] {
  const org = findOrganisation(data, person.organisation);
  const rows: [string, string | undefined][] = [
    ['Organisation', org ? `${org.name}${org.category ? ` (${org.category})` : ''}` : person.organisation],
    ['Party category', person.category ?? org?.category],
    ['Email', person.email],
    ['Initials', person.initials],
    ['Initials in minutes', person.meetingInitials?.map((m) => `${m.initials} at ${m.meeting}`).join(', ')],
    ['Also known as', person.aliases.join(', ') || undefined],
    ['Committees', person.committees?.join(', ')],
    ['Role', person.roles.join(', ') || undefined],
    ['Reminders', person.reminders],
    ['Chat accounts', Object.entries(person.platformIds).map(([p, id]) => `${p}:${id} (${linkHow(person, p)})`).join(', ') || undefined],
    ['Source', person.source],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => ({ label, value }));
}

/** How a platform's link was made, in words. */
export function linkHow(person: Person, platform: string): string {
  const how = person.linkedBy?.[platform] ?? (person.selfLinked?.includes(platform) ? 'self' : 'change-team');
  const words = { email: `matched by the verified ${platform === 'teams' ? 'Teams' : 'Slack'} email`, self: 'linked by themselves, not yet confirmed', 'change-team': 'linked by the change team' };
  return words[how];
}

export function orgLine(data: Readonly<StoreData>, org: Organisation): string {
  const contacts = org.contacts.map((id) => data.people.find((p) => p.id === id)?.name ?? id);
  return `${org.name}${org.category ? ` · ${org.category}` : ''}${contacts.length ? ` — contacts: ${contacts.join(', ')}` : ' — no contacts'}`;
}

/** `"Mari Toda","Tom Rothery"` arrives as `Mari Toda`, `,"Tom`, `Rothery"`: words that continue a comma list. */
function isCommaList(words: readonly string[]): boolean {
  let text = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (!(word.startsWith(',') || text.endsWith(',') || (text.match(/"/g)?.length ?? 0) % 2 === 1)) return false;
    text += word;
  }
  return words.length > 1;
}

/** The list's words joined back: `,"Tom` and `Rothery"` make `,"Tom Rothery"`. */
function joinList(words: readonly string[]): string {
  return words.reduce((text, w) => text + (w.startsWith(',') || text.endsWith(',') ? '' : ' ') + w);
}
