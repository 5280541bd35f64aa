import type { ImportedPerson } from './change-set-people';
import { at } from './preview-lines';

/** "Gemma Slaney · Electricity Network Party · attendee CSC 12_2502 · initials GS (new)". */
export function personLine(p: ImportedPerson): string {
  const where = p.organisation ?? p.category;
  const role = p.role === 'attendee' ? `attendee ${p.meeting ?? p.committee ?? ''}`.trim() : p.role;
  const parts = [p.name, ...(where && p.kind === 'person' ? [where] : []), ...(p.kind === 'organisation' && p.category ? [p.category] : []), role];
  if (p.initials) parts.push(`initials ${p.initials}`);
  const change = p.change === 'updated' ? ` (filled in: ${p.fields?.join(', ')})` : p.change === 'new' ? ' (new)' : '';
  return `${parts.join(' · ')}${change}${at(p.source)}`;
}
