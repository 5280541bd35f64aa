import { UserError } from '../../core/errors';
import { ENTITY_KEYS, type AuditEntry, type StoreData } from '../../../storage/schema';
import { formatInstant } from '../dates';

type Change = AuditEntry['changes'][number];
type Entity = Record<string, unknown>;

/** The audit command an undo is recorded under: "undo <instant of the change> <its command>". */
export const undoCommandLine = (target: AuditEntry): string => `undo ${target.at} ${target.command}`;

/**
 * The caller's last change that is still in force: their audit entries newest first, skipping undos and
 * the changes those undos already took back (so `undo` twice takes back two changes).
 */
export function lastUndoable(entries: readonly AuditEntry[]): AuditEntry | undefined {
  const undone = new Set<string>();
  for (const entry of [...entries].reverse()) {
    const undo = /^undo (\S+)/.exec(entry.command);
    if (undo) undone.add(undo[1]!);
    else if (!undone.has(entry.at) && entry.changes.length) return entry;
  }
  return undefined;
}

export interface UndoResult {
  target: AuditEntry;
  /** "proposal MP167B restored", "action CSC 12/03 removed". */
  lines: string[];
  /** Announcements of the change that had not gone out yet and now never will. */
  withdrawn: number;
}

/**
 * Put every entity the change touched back as it was before, if each is still as the change left it;
 * otherwise refuse, naming what changed since (`changedSince` finds who). The restored records go through
 * the same replay of the process rules as any change.
 */
export function undoChange(draft: StoreData, target: AuditEntry, history: { changedSince(change: Change): AuditEntry | undefined; previousAt?: string }): UndoResult {
  for (const change of target.changes) {
    if (JSON.stringify(current(draft, change)) === JSON.stringify(change.after)) continue;
    const later = history.changedSince(change);
    const by = later ? ` by ${later.actor} (\`${later.command}\`, ${formatInstant(later.at)})` : '';
    throw new UserError(`Not undone: ${label(change)} was changed again since${by}, so taking back \`${target.command}\` would lose that.`, 'Fix what is still wrong with a command of its own (see: history REF), or undo the later change first.');
  }
  const lines = target.changes.map((change) => restore(draft, change));
  return { target, lines, withdrawn: withdrawAnnouncements(draft, target, history.previousAt) };
}

function current(draft: StoreData, change: Change): unknown {
  if (change.collection === 'channelSettings') return draft.channelSettings[change.id];
  const key = ENTITY_KEYS[change.collection as keyof typeof ENTITY_KEYS];
  if (!key) return undefined;
  return (draft[change.collection as keyof typeof ENTITY_KEYS] as unknown as Entity[]).find((e) => String(e[key]) === change.id);
}

function restore(draft: StoreData, change: Change): string {
  if (change.collection === 'channelSettings') {
    if (change.before === undefined) delete draft.channelSettings[change.id];
    else draft.channelSettings[change.id] = change.before as StoreData['channelSettings'][string];
    return `${label(change)} restored`;
  }
  const key = ENTITY_KEYS[change.collection as keyof typeof ENTITY_KEYS];
  const list = draft[change.collection as keyof typeof ENTITY_KEYS] as unknown as Entity[];
  const at = list.findIndex((e) => String(e[key]) === change.id);
  if (change.before === undefined) {
    list.splice(at, 1);
    return `${label(change)} removed (the change had added it)`;
  }
  const before = structuredClone(change.before) as Entity;
  if (at === -1) list.push(before);
  else list[at] = before;
  const stage = change.collection === 'proposals' ? ` (stage: ${String(before.stage ?? 'not stated')})` : '';
  return `${label(change)} ${change.after === undefined ? 'put back (the change had removed it)' : 'restored'}${stage}`;
}

/**
 * Events the change queued (same references, stamped after the previous change to them and not after this
 * one) are taken off the outbox, so what has not gone out yet never will.
 */
function withdrawAnnouncements(draft: StoreData, target: AuditEntry, previousAt: string | undefined): number {
  const ids = new Set(target.changes.map((c) => c.id));
  const mine = (e: StoreData['outbox'][number]) => e.ref !== undefined && ids.has(e.ref) && e.at <= target.at && (!previousAt || e.at > previousAt);
  const keep = draft.outbox.filter((e) => !mine(e));
  const withdrawn = draft.outbox.length - keep.length;
  if (withdrawn) draft.outbox.splice(0, draft.outbox.length, ...keep);
  return withdrawn;
}

const NOUNS: Record<string, string> = { proposals: 'proposal', actions: 'action', consultations: 'consultation', meetings: 'meeting', releases: 'release', people: 'person', organisations: 'organisation', subscriptions: 'subscription', calendarTokens: 'calendar link', secVersions: 'SEC version', channelSettings: 'channel settings' };
const label = (change: Change): string => `${NOUNS[change.collection] ?? change.collection} ${change.collection === 'calendarTokens' ? '' : change.id}`.trim();
