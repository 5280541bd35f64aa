/** Field types shared by the store's schemas. */
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** An instant with its offset, e.g. 2023-07-19T17:00:00+01:00. */
export const isoInstant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO 8601 date-time');
/** Where a fact came from: a command ("raise by U123"), an import ("import CSC_12_2502-minutes.txt:88"), demo data. */
export const source = z.string().min(1);
