import type { Proposal } from '../../../storage/schema';
import { findCommittee } from '../committees';
import { formatDate } from '../dates';
import { stageOf } from './stage-of';
import { byCodePoint } from '../code-point-order';

export interface Readiness {
  /** The committee that agreed it, short: "CSC". */
  body: string;
  on: string;
  /** The route it recommended to the Panel, when recorded: "Refinement Process". */
  route?: string;
}

/** The CSC's view that a Draft Proposal is ready to convert, or needs further development (also read by the record's replay). */
export const READY = /\bready to (be )?conver(t|ted)\b/i;
export const NOT_READY = /\bfurther development\b/i;
const ROUTE = /\brecommended route:?\s*(.+)$/i;

/**
 * A Draft Proposal still in the Development Stage whose latest committee view is "ready to convert"
 * (the CSC's agreement, with the route it recommended); undefined otherwise, or once a later view
 * asked for further development.
 */
export function readyToConvert(p: Proposal): Readiness | undefined {
  if (!p.ref.startsWith('DP') || stageOf(p.stage).name !== 'Development Stage') return undefined;
  const views = p.decisions.filter((d) => READY.test(d.outcome) || NOT_READY.test(d.outcome));
  const last = views.sort((a, b) => byCodePoint(a.on, b.on)).at(-1);
  if (!last || !READY.test(last.outcome)) return undefined;
  const route = [last, ...p.decisions.filter((d) => d.on >= last.on)].map((d) => ROUTE.exec(d.outcome)?.[1]?.trim()).find(Boolean);
  return { body: findCommittee(last.body) ?? last.body, on: last.on, ...(route ? { route } : {}) };
}

/** "Ready to convert (CSC agreed 25 Feb 2020; route: Refinement Process)". */
export function readinessText(r: Readiness): string {
  return `Ready to convert (${r.body} agreed ${formatDate(r.on)}${r.route ? `; route: ${r.route}` : ''})`;
}
