import { UserError } from '../../src/core/errors';
import { quoteWord } from '../../src/core/tokenize';
import { readingOf, unquotedValueError } from '../../src/core/unquoted-words';
import { findOrganisation, findPeople, requireKnownOwner } from '../../src/domain/queries';
import type { StoreData } from '../../storage/schema';

/** The owner of `action add` as typed, with what the hints need to rebuild the line. */
export interface TypedOwner {
  owner: string;
  /** `new-owner` was given: an owner the directory does not know becomes a new person. */
  newOwner: boolean;
  /** The owner was typed without quotes and the text starts with these unquoted words. */
  ownerRun: readonly string[];
  /** Whether a quoted word follows `ownerRun` (`Gemma Slaney "Send the report"`). */
  quotedAfterRun: boolean;
  /** The command words before the owner (`action add CSC`) and the words after it as typed, without `new-owner`. */
  head: string;
  tail: readonly string[];
  actionRef?: string;
}

/**
 * The owner to record for a typed action: the directory's name for them (requireKnownOwner), the typed name
 * with `new-owner`, or a refusal that shows the line to copy. An owner of several words typed without quotes
 * (`Gemma Slaney "text"`) is never split silently: it is refused with the quoted readings.
 */
export function checkedOwner(data: Readonly<StoreData>, t: TypedOwner): string {
  const line = (owner: string, skip = 0) => readingOf(t.head, [{ words: [owner] }, { raw: shortened(t.tail.slice(skip)) }]);
  const retry = (owner: string) => line(owner);
  const addNew = (owner: string) => `${line(owner)} new-owner`;
  if (t.ownerRun.length) {
    const joined = [1, 2, 3].filter((k) => k <= t.ownerRun.length).map((k) => ({ k, name: [t.owner, ...t.ownerRun.slice(0, k)].join(' ') }));
    const known = joined.find((j) => isKnown(data, j.name));
    const ownerAlone = isKnown(data, t.owner);
    if (known && !ownerAlone) throw apart([t.owner, ...t.ownerRun.slice(0, known.k)], line(known.name, known.k), t);
    if (t.quotedAfterRun || (t.newOwner && !ownerAlone)) {
      const name = [t.owner, ...t.ownerRun].join(' ');
      throw apart([t.owner, ...t.ownerRun], line(name, t.ownerRun.length) + (t.newOwner ? ' new-owner' : ''), t);
    }
  }
  return requireKnownOwner(data, t.owner, { actionRef: t.actionRef, allowNew: t.newOwner, retry, addNew });
}

/** True when the typed owner needs adding: nobody in the directory answers to it. */
export function isNewOwner(data: Readonly<StoreData>, owner: string): boolean {
  return !isKnown(data, owner);
}

function isKnown(data: Readonly<StoreData>, name: string): boolean {
  return findPeople(data, name).length > 0 || findOrganisation(data, name) !== undefined;
}

function apart(run: readonly string[], asOwner: string, t: TypedOwner): UserError {
  const text = t.tail.join(' ').replace(/"/g, '');
  const asText = `${readingOf(t.head, [{ words: [t.owner] }])} ${text.length > 160 ? '"…"' : quoteWord(text)}${t.newOwner ? ' new-owner' : ''}`;
  return unquotedValueError('owner', run, [{ line: asOwner }, { line: asText, when: `if only "${t.owner}" is the owner` }]);
}

/** The words after the owner for a hint: a long text is shown as "…" so the hint stays readable. */
function shortened(words: readonly string[]): readonly string[] {
  return words.join(' ').length > 160 ? ['"…"'] : words;
}
