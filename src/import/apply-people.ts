import { isUserError } from '../core/errors';
import { addOrganisation, addPerson, partyCategoryOf, recordAttendance, updatePerson } from '../domain/operations';
import { findOrganisation, findPeople, norm } from '../domain/queries/directory';
import type { Person } from '../../storage/schema';
import { metaFor, warnItem, type ApplyContext } from './apply-context';
import type { ImportedPerson } from './change-set-people';

/**
 * Add the people and organisations the documents name, through the directory operations: new entries
 * are added, empty fields filled; a value that differs from the directory is a warning and the
 * directory keeps its value. A name the directory refuses (e.g. already an organisation's) is a warning.
 */
export function applyPeople(ctx: ApplyContext): void {
  const applied = (ctx.report.applied.people ??= []);
  for (const item of ctx.set.people ?? []) {
    try {
      const result = item.kind === 'organisation' ? applyOrganisation(ctx, item) : applyPerson(ctx, item);
      if (result) applied.push(result);
      else ctx.report.unchanged++;
    } catch (error) {
      if (!isUserError(error)) throw error;
      warnItem(ctx, `${item.name} was not added to the directory: ${error.message}`, item.source);
    }
  }
}

function applyOrganisation(ctx: ApplyContext, item: ImportedPerson): ImportedPerson | undefined {
  const category = categoryOf(ctx, item);
  const existing = findOrganisation(ctx.draft, item.name);
  if (!existing) {
    addOrganisation(ctx.draft, { name: item.name, ...(category ? { category } : {}) }, metaFor(ctx, item.source));
    return { ...item, change: 'new' };
  }
  if (category && existing.category && existing.category !== category) {
    warnItem(ctx, `The directory has ${existing.name} as ${existing.category}; the document says ${category}. Kept ${existing.category}.`, item.source);
  }
  if (!category || existing.category) return undefined;
  existing.category = category;
  return { ...item, change: 'updated', fields: ['category'] };
}

function applyPerson(ctx: ApplyContext, item: ImportedPerson): ImportedPerson | undefined {
  const meta = metaFor(ctx, item.source);
  const category = categoryOf(ctx, item);
  const attendance = { ...(item.committee ? { committee: item.committee } : {}), ...(item.meeting ? { meeting: item.meeting } : {}), ...(item.initials ? { initials: item.initials } : {}) };
  const existing = findPeople(ctx.draft, item.name).find((p) => norm(p.name) === norm(item.name));
  if (!existing) {
    const person = addPerson(ctx.draft, { name: item.name, ...(item.organisation ? { organisation: item.organisation } : {}), ...(category ? { category } : {}) }, meta);
    recordAttendance(ctx.draft, person.id, attendance, meta);
    return { ...item, change: 'new' };
  }
  const fields = [...fillEmpty(ctx, existing, item, category), ...recordAttendance(ctx.draft, existing.id, attendance, meta)];
  return fields.length ? { ...item, change: 'updated', fields } : undefined;
}

/** Organisation and category the directory lacks; a different value is a warning, never an overwrite. */
function fillEmpty(ctx: ApplyContext, person: Person, item: ImportedPerson, category: string | undefined): string[] {
  const changes: Partial<Record<'org' | 'category', string>> = {};
  if (item.organisation) {
    const stated = findOrganisation(ctx.draft, item.organisation)?.name ?? item.organisation;
    const current = person.organisation ? findOrganisation(ctx.draft, person.organisation)?.name ?? person.organisation : undefined;
    if (!current) changes.org = stated;
    else if (norm(current) !== norm(stated)) warnItem(ctx, `The directory has ${person.name} at ${current}; the document says ${stated}. Kept ${current}.`, item.source);
  }
  if (category) {
    if (!person.category) changes.category = category;
    else if (person.category !== category) warnItem(ctx, `The directory has ${person.name} as ${person.category}; the document says ${category}. Kept ${person.category}.`, item.source);
  }
  if (!Object.keys(changes).length) return [];
  updatePerson(ctx.draft, person.id, changes, metaFor(ctx, item.source));
  return Object.keys(changes).map((k) => (k === 'org' ? 'organisation' : k));
}

function categoryOf(ctx: ApplyContext, item: ImportedPerson): ReturnType<typeof partyCategoryOf> {
  if (!item.category) return undefined;
  const category = partyCategoryOf(item.category);
  if (!category) warnItem(ctx, `"${item.category}" is not a SEC party category, so it was not recorded for ${item.name}.`, item.source);
  return category;
}
