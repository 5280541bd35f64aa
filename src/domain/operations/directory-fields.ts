import { z } from 'zod';
import { UserError } from '../../core/errors';
import { partyCategorySchema, type Organisation, type Person, type StoreData } from '../../../storage/schema';
import { findOrganisation, norm, personNames } from '../queries/directory';

export type PartyCategory = z.infer<typeof partyCategorySchema>;

const emailSchema = z.string().email();

/** "Gemma Slaney" → "gemma-slaney", made unique among `taken`. */
export function newId(name: string, taken: readonly { id: string }[]): string {
  const base = norm(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entry';
  const ids = new Set(taken.map((t) => t.id));
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function requireEmail(value: string): string {
  const email = value.trim();
  if (!emailSchema.safeParse(email).success) {
    throw new UserError(`"${email.slice(0, 60)}" is not an email address.`, 'Write it as name@example.com, e.g. email jane.doe@example.com');
  }
  return email;
}

export function requirePartyCategory(value: string): PartyCategory {
  const found = partyCategoryOf(value);
  if (!found) throw new UserError(`"${value.slice(0, 40)}" is not a party category.`, `Use one of: ${partyCategorySchema.options.join(', ')}.`);
  return found;
}

/** "Large Suppliers", "electricity network parties", "DCC" → the category; undefined when it is none. */
export function partyCategoryOf(value: string): PartyCategory | undefined {
  const singular = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/parties$/, 'party').replace(/s$/, '');
  return partyCategorySchema.options.find((c) => singular(c) === singular(value));
}

export function requireInitials(value: string): string {
  const initials = value.trim().toUpperCase();
  if (!/^[A-Z]{1,5}$/.test(initials)) throw new UserError(`"${value.slice(0, 20)}" is not initials.`, 'Give 1 to 5 letters, e.g. initials GS');
  return initials;
}

/** A name or alias nobody else in the directory already uses (people and organisations share owner names). */
export function requireFreeName(draft: Readonly<StoreData>, name: string, except?: string): string {
  const key = norm(name);
  const person = draft.people.find((p) => p.id !== except && [p.name, ...p.aliases].some((n) => norm(n) === key));
  if (person) throw new UserError(`${person.name} is already in the directory.`, `Change that entry instead: person update "${person.name}" …`);
  const org = draft.organisations.find((o) => o.id !== except && [o.name, ...o.aliases].some((n) => norm(n) === key));
  if (org) throw new UserError(`"${name}" is already the organisation ${org.name}.`, `Change it instead: org update "${org.name}" …`);
  return name.trim();
}

export function requireFreeEmail(draft: Readonly<StoreData>, email: string, except?: string): string {
  const other = draft.people.find((p) => p.id !== except && p.email?.toLowerCase() === email.toLowerCase());
  if (other) throw new UserError(`${email} is already the email of ${other.name}.`, 'Each email belongs to one person; correct the other entry first.');
  return email;
}

/** The person a command names: id, name, initials or alias; one match or a UserError. */
export function requirePerson(draft: Readonly<StoreData>, name: string): Person {
  const key = norm(name);
  const found = draft.people.filter((p) => personNames(p).some((n) => norm(n) === key));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new UserError(`"${name}" matches ${found.map((p) => p.name).join(', ')}.`, 'Use the full name.');
  throw new UserError(`No one called "${name.slice(0, 40)}" in the directory.`, 'See who is there with: people');
}

export function requireOrganisation(draft: Readonly<StoreData>, name: string): Organisation {
  const org = findOrganisation(draft, name);
  if (!org) throw new UserError(`No organisation called "${name.slice(0, 40)}" in the directory.`, 'See them with: orgs');
  return org;
}

/** Comma-separated words → trimmed non-empty list. */
export function splitList(value: string | readonly string[] | undefined): string[] {
  const items = typeof value === 'string' ? value.split(',') : [...(value ?? [])];
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))];
}
