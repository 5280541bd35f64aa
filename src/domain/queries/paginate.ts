import { UserError } from '../../core/errors';

export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
  /** "showing 20 of 45 — add `page 2`", or undefined when everything fits. */
  note?: string;
}

export const PAGE_SIZE = 20;

/** Parse `page N` typed by a user: a whole number from 1. */
export function parsePage(value: string | undefined, example: string): number {
  if (value === undefined) return 1;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
    throw new UserError(`"${value.slice(0, 20)}" is not a page number.`, `Pages are whole numbers from 1, e.g. ${example} page 2.`);
  }
  return Number(value);
}

/** One page of a list; asking past the end is a UserError saying how many pages there are. */
export function paginate<T>(all: readonly T[], page: number, example: string, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  if (page > pages) {
    throw new UserError(`There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} (${all.length} in total).`, `Try ${pages === 1 ? example : `${example} page ${pages}`}.`);
  }
  const start = (page - 1) * size;
  const items = all.slice(start, start + size);
  const range = page === 1 ? `${items.length}` : `${start + 1}–${start + items.length}`;
  const next = page < pages ? ` — add \`page ${page + 1}\`` : '';
  const note = pages > 1 ? `showing ${range} of ${all.length}${next}` : undefined;
  return { items, page, pages, total: all.length, ...(note ? { note } : {}) };
}
