import { ArgReader } from '../src/core/args';
import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply, ReplySection } from '../src/core/reply';
import { formatDate, formatInstant } from '../src/domain/dates';
import { parseActionRef } from '../src/domain/references';
import {
  auditHistory, historyRefs, paginate, parsePage, personForCaller, requireAction, requireProposal, type HistoryEntry, type HistorySubject,
} from '../src/domain/queries';
import type { StoreData } from '../storage/schema';
import { norm } from '../src/domain/queries/directory';
import { recordLines } from '../src/domain/record/record-entries';
import { requireOrgByName, requirePersonByName } from './support/directory-find';

const USAGE = 'history REF|person NAME|org NAME [page N]';

export const historyCommand = defineCommand({
  name: 'history',
  group: 'Proposals',
  summary: 'Who changed a proposal or action, when, with which command, and what changed; plus its stage history.',
  usage: USAGE,
  examples: ['history DP096', 'history MP167B', 'history CSC 12/01', 'history person "Gemma Slaney"', 'history org DCC'],
  access: 'read',
  parse(args) {
    const reader = new ArgReader(args, USAGE);
    const page = parsePage(reader.option('page'), 'history REF');
    const ref = reader.rest();
    if (!ref) throw new UserError('Whose history? Give a proposal or action reference.', 'For example: history DP096 or history CSC 12/01');
    return { ref, page };
  },
  run({ ref, page }, ctx): Reply {
    const data = ctx.store.read();
    const directory = directoryHistory(data, ref, page, ctx);
    if (directory) return directory;
    return parseActionRef(ref) ? actionHistory(data, ref, page, ctx) : proposalHistory(data, ref, page, ctx);
  },
});

function proposalHistory(data: Readonly<StoreData>, input: string, page: number, ctx: CommandContext): Reply {
  const { proposal } = requireProposal(data, input);
  const ids = [proposal.ref, ...(proposal.draftRef ? [proposal.draftRef] : [])];
  const lines = recordLines(proposal);
  const stageSection = {
    title: 'Record (stages and decisions, in order)',
    items: lines.length ? [...lines, `Fix an entry: correct ${proposal.ref} N on DATE reason "…" · retract ${proposal.ref} N reason "…" · your last change: undo`] : ['no stage stated yet'],
  };
  return historyReply(data, `History of ${proposal.ref} — ${proposal.title}`, { collection: 'proposals', ids }, page, stageSection, ctx);
}

/** `history person NAME` / `history org NAME`: changes to a directory entry (added, updated, linked, removed). */
function directoryHistory(data: Readonly<StoreData>, input: string, page: number, ctx: CommandContext): Reply | undefined {
  const match = /^(person|org|organisation)\s+(.+)$/i.exec(input);
  if (!match) return undefined;
  const name = match[2]!.replace(/^"|"$/g, '');
  if (match[1]!.toLowerCase() === 'person') {
    const person = findRemovedOrPerson(ctx, name, 'people');
    return historyReply(data, `History of ${person.name}`, { collection: 'people', ids: [person.id] }, page, { title: 'Source', items: [person.source ?? 'not recorded'] }, ctx);
  }
  const org = findRemovedOrPerson(ctx, name, 'organisations');
  return historyReply(data, `History of ${org.name}`, { collection: 'organisations', ids: [org.id] }, page, { title: 'Source', items: [org.source ?? 'not recorded'] }, ctx);
}

/** A current entry by name, or one the audit log shows was removed, so its history stays readable. */
function findRemovedOrPerson(ctx: CommandContext, name: string, collection: 'people' | 'organisations'): { id: string; name: string; source?: string } {
  const data = ctx.store.read();
  try {
    return collection === 'people' ? requirePersonByName(data, name) : requireOrgByName(data, name);
  } catch (error) {
    // Only for a name no longer in the directory: its id is unknown, so this one search reads the whole log.
    const removed = [...ctx.store.auditOf()].reverse().flatMap((e) => e.changes).find((c) => c.collection === collection && !c.after && norm(String((c.before as { name?: string }).name)) === norm(name));
    if (removed) return { id: removed.id, name: String((removed.before as { name?: string }).name) };
    throw error;
  }
}

function actionHistory(data: Readonly<StoreData>, input: string, page: number, ctx: CommandContext): Reply {
  const action = requireAction(data, input);
  const updates = action.updates.map((u) => `${formatDate(u.on)} · ${u.by} — ${u.text}`);
  const section = { title: 'Updates', items: updates.length ? updates : ['none yet'] };
  return historyReply(data, `History of action ${action.ref}`, { collection: 'actions', ids: [action.ref] }, page, section, ctx);
}

function historyReply(data: Readonly<StoreData>, title: string, subject: HistorySubject, page: number, extra: ReplySection, ctx: CommandContext): Reply {
  const entries = auditHistory(ctx.store.auditOf(historyRefs(subject)), subject).reverse();
  const shown = paginate(entries, page, `history ${subject.ids[0]}`);
  const changes: ReplySection = {
    title: `Changes (${entries.length}), newest first`,
    items: entries.length ? shown.items.map((e) => entryLine(data, e)) : ['No changes recorded through the bot yet (facts loaded from documents or demo data show their source below).'],
  };
  return { kind: 'info', title, sections: [changes, extra], context: [...(shown.note ? [shown.note] : []), `Times are London time.`] };
}

/** "22 Aug 2023 10:00 · Gemma Slaney (slack:U1) · `advance MP118 refinement` — stage: … → …". */
function entryLine(data: Readonly<StoreData>, entry: HistoryEntry): string {
  return `${formatInstant(entry.at)} · ${actorName(data, entry.actor)} · \`${clip(entry.command, 80)}\` — ${entry.changes.join('; ')}`;
}

function actorName(data: Readonly<StoreData>, actor: string): string {
  const [platform, ...rest] = actor.split(':');
  const person = rest.length ? personForCaller(data, platform!, rest.join(':')) : undefined;
  return person ? `${person.name} (${actor})` : actor;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
