import { UserError } from '../../core/errors';
import type { Person, StoreData } from '../../../storage/schema';
import { findOrganisation, findPeople } from './directory';
import { nearOwners, ownerParts } from './near-owners';
import { peopleByMeetingInitials } from './resolve-owner';

export interface KnownOwnerOptions {
  /** The action the owner is for ("CSC 12/03"): initials as that meeting's minutes use them count too. */
  actionRef?: string;
  /** A command that would work with `owner` in place of what was typed, for the hint (`action add CSC "Gemma Slaney" "…"`). */
  retry?: (owner: string) => string;
  /** The same command adding the typed owner to the directory in the same step (e.g. with `new-owner`), for the hint. */
  addNew?: (owner: string) => string;
  /** Accept an owner nobody in the directory answers to, as typed (the caller adds them as a new person). */
  allowNew?: boolean;
}

/**
 * The owner as the directory names them — a person ("Gemma Slaney" for "gemma slaney", "GS" or an alias), an
 * organisation ("DCC" for "the Data Communications Company") or several joined by "and" ("DCC and SECAS") —
 * or a UserError: "Did you mean Gemma Slaney?" for a near name, how to add someone new for an unknown one.
 * With `allowNew`, an unknown single owner comes back as typed (spaces tidied) for the caller to add.
 * For typed and form input; imported minutes keep owners as the documents write them.
 */
export function requireKnownOwner(data: Readonly<StoreData>, owner: string, options: KnownOwnerOptions = {}): string {
  const typed = owner.replace(/\s+/g, ' ').trim();
  if (!typed) throw new UserError('The owner is missing: a person, their initials, or an organisation such as DCC.', `For example: ${options.retry?.('SECAS') ?? 'action add CSC SECAS "Arrange a meeting with DCC"'}`);
  const whole = knownOwner(data, typed, options);
  if (whole) return whole;
  const parts = ownerParts(typed);
  if (parts.length > 1) {
    const known = parts.map((part) => knownOwner(data, part, options));
    if (known.every(Boolean)) return [...new Set(known)].join(' and ');
    // "DCC and Ann Other": the new one is added on their own first; a new name with "&" in it stays one name.
    if (!options.allowNew || known.some(Boolean)) throw unknownOwner(data, parts[known.indexOf(undefined)]!, options, typed);
  }
  if (options.allowNew) return typed;
  throw unknownOwner(data, typed, options, typed);
}

/** The canonical name of the one person or organisation `text` names exactly, or undefined. */
function knownOwner(data: Readonly<StoreData>, text: string, options: KnownOwnerOptions): string | undefined {
  const people = findPeople(data, text);
  if (people.length === 1) return people[0]!.name;
  const atMeeting = peopleByMeetingInitials(data, text, options.actionRef);
  if (atMeeting.length === 1) return atMeeting[0]!.name;
  if (people.length > 1) throw ambiguous(text, people, options);
  return findOrganisation(data, text)?.name;
}

function ambiguous(text: string, people: readonly Person[], options: KnownOwnerOptions): UserError {
  const names = people.slice(0, 5).map((p) => p.name);
  return new UserError(
    `The owner "${text.slice(0, 40)}" could be any of ${people.length} people in the directory: ${names.join(', ')}.`,
    `Give the full name, e.g. ${options.retry?.(names[0]!) ?? `"${names[0]}"`}`,
  );
}

function unknownOwner(data: Readonly<StoreData>, part: string, options: KnownOwnerOptions, typed: string): UserError {
  const near = nearOwners(data, part);
  const retryWith = (name: string) => (typed === part ? name : typed.replace(part, name));
  const org = ` (an organisation: org add "${part}" first)`;
  const addNew = options.addNew && part === typed ? ` If "${part}" is someone new, add them in the same step: ${options.addNew(typed)}${org}` : ` If "${part}" is someone new, add them first: person add "${part}"${org}`;
  if (near.length) {
    const example = options.retry ? ` Use: ${options.retry(retryWith(near[0]!))}.` : '';
    return new UserError(`No owner called "${part.slice(0, 40)}" in the directory. Did you mean ${orNames(near)}?`, `${example}${addNew}`.trim());
  }
  return new UserError(
    `No owner called "${part.slice(0, 40)}" in the directory (people, their initials and aliases, organisations), so nobody would be reminded about this action.`,
    `${addNew.trim()} — or see who is there with: people, orgs`,
  );
}

function orNames(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
