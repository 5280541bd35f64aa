import { editDistance } from '../../core/suggest';
import type { StoreData } from '../../../storage/schema';
import { norm } from './directory';
import { matchPeople } from './person-for-caller';

/** "DCC and SECAS", "DCC & SECAS", "DCC/SECAS", "Mari Toda, Tom Rothery" → each owner. */
export function ownerParts(text: string): string[] {
  return text.split(/\s*(?:,|&|\/|\+|\band\b)\s*/i).map((p) => p.trim()).filter(Boolean);
}

/**
 * Directory names an owner that is not in it probably meant, nearest first: names and aliases of people and
 * organisations within a few edits ("Gemma Slany" → Gemma Slaney), people whose name has the typed initials
 * ("GS" → Gemma Slaney), and people one of whose names was typed ("Slaney" → Gemma Slaney).
 */
export function nearOwners(data: Readonly<StoreData>, text: string, limit = 3): string[] {
  const typed = norm(text);
  const allowed = typed.length <= 4 ? 1 : typed.length <= 9 ? 2 : 3;
  const scored = new Map<string, number>();
  const score = (name: string, distance: number) => {
    if (distance <= allowed || distance === -1) scored.set(name, Math.min(distance, scored.get(name) ?? Infinity));
  };
  for (const person of data.people) {
    for (const label of [person.name, ...person.aliases]) score(person.name, editDistance(typed, norm(label)));
    if (/^[a-z]{2,5}$/.test(typed) && initialsOf(person.name) === typed) score(person.name, -1);
  }
  for (const org of data.organisations) for (const label of [org.name, ...org.aliases]) score(org.name, editDistance(typed, norm(label)));
  if (typed.length > 2) for (const person of matchPeople(data, text).slice(0, limit)) score(person.name, 0.5);
  return [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([name]) => name);
}

/** "Gemma Slaney" → "gs"; "Mary-Ann de Vries" → "madv". */
function initialsOf(name: string): string {
  return norm(name).split(/[\s-]+/).filter(Boolean).map((w) => w[0]).join('');
}
