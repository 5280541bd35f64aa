import { UserError } from '../core/errors';
import { addPerson, updatePerson, type OperationMeta, type PersonField } from '../domain/operations';
import { findOrganisation, norm } from '../domain/queries/directory';
import type { StoreData } from '../../storage/schema';
import type { CsvRow } from './directory-csv';
import { createPeopleIndex, idBaseOf, type PeopleIndex } from './people-index';

export interface DirectoryImportReport {
  added: string[];
  filled: string[];
  unchanged: number;
  warnings: string[];
}

/**
 * Apply a people CSV through the directory operations: new people are added, empty fields filled; a value
 * that differs from the directory is a warning (change it with `person update`). Any invalid row stops
 * the whole import with its line number, so the caller's transaction writes nothing.
 */
export function applyPeopleRows(draft: StoreData, rows: readonly CsvRow[], file: string, meta: OperationMeta): DirectoryImportReport {
  const report: DirectoryImportReport = { added: [], filled: [], unchanged: 0, warnings: [] };
  const seen = new Set<string>();
  const index = createPeopleIndex(draft.people);
  for (const row of rows) {
    const at = `${file} line ${row.line}`;
    try {
      if (!row.name) throw new UserError('the name is empty.');
      if (seen.has(norm(row.name))) throw new UserError(`${row.name} appears twice in the file.`);
      seen.add(norm(row.name));
      applyRow(draft, index, row, { ...meta, source: `directory import ${at}` }, report);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      throw new UserError(`${at}: ${error.message} Nothing was imported.`, error.hint ?? 'Correct the row and import again.');
    }
  }
  return report;
}

function applyRow(draft: StoreData, index: PeopleIndex, row: CsvRow, meta: OperationMeta, report: DirectoryImportReport): void {
  const name = row.name!;
  const existing = index.named(name).find((p) => norm(p.name) === norm(name));
  const aliases = row.aliases?.split(';') ?? [];
  const emails = row.email ? [row.email] : [];
  if (!existing) {
    // Checked by the domain operation on a view of the people it could clash with; added to the real draft.
    const person = addPerson(index.view(draft, [name, ...aliases], emails, idBaseOf(name)), { name, ...present(row) }, meta);
    draft.people.push(person);
    index.add(person);
    report.added.push(name);
    return;
  }
  const changes: Partial<Record<PersonField, string>> = {};
  const compare: [PersonField, string | undefined, string | undefined][] = [
    ['org', row.organisation, existing.organisation && (findOrganisation(draft, existing.organisation)?.name ?? existing.organisation)],
    ['category', row.category, existing.category],
    ['email', row.email, existing.email],
    ['initials', row.initials, existing.initials],
    ['aliases', row.aliases?.replace(/;/g, ','), existing.aliases.join(',') || undefined],
    ['role', row.role, existing.roles.join(',') || undefined],
  ];
  for (const [field, stated, current] of compare) {
    if (!stated) continue;
    if (!current) changes[field] = stated;
    else if (!same(field, stated, current, draft)) report.warnings.push(`${name}: the directory has ${field} "${current}", the file says "${stated}"; kept "${current}" (change it with person update).`);
  }
  if (!Object.keys(changes).length) return void report.unchanged++;
  updatePerson(index.view(draft, [existing.id, ...aliases], emails), existing.id, changes, meta);
  index.add(existing);
  report.filled.push(`${name} (${Object.keys(changes).join(', ')})`);
}

function present(row: CsvRow): Partial<Parameters<typeof addPerson>[1]> {
  return {
    ...(row.organisation ? { organisation: row.organisation } : {}),
    ...(row.category ? { category: row.category } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.initials ? { initials: row.initials } : {}),
    ...(row.aliases ? { aliases: row.aliases.split(';') } : {}),
    ...(row.role ? { roles: row.role.split(';') } : {}),
  };
}

function same(field: PersonField, stated: string, current: string, draft: Readonly<StoreData>): boolean {
  if (field === 'org') return norm(findOrganisation(draft, stated)?.name ?? stated) === norm(current);
  const list = (v: string) => v.split(/[;,]/).map(norm).filter(Boolean).sort().join('|');
  return list(stated) === list(current);
}

