import { formatDate } from '../domain/dates';
import type { Calendar } from '../core/ports';
import type { ImportedAction, ImportedConsultation, ImportedDecision, ImportedMeeting, ImportedProposal, ImportedRelease, ImportedStage, ItemSource } from './change-set';

/** One line per item of an import preview; every line ends with the file and line it came from. */
const join = (parts: (string | undefined | false)[]): string => parts.filter(Boolean).join(' · ');

export function newProposal(p: ImportedProposal): string {
  const who = p.proposer ? [p.proposer.name, p.proposer.organisation && `(${p.proposer.organisation})`].filter(Boolean).join(' ') : undefined;
  return join([
    `${p.ref} ‘${p.title ?? ''}’`,
    who && `proposer ${who}`,
    p.leadAnalyst && `lead analyst ${p.leadAnalyst}`,
    p.committees.length > 0 && `committees ${p.committees.join(', ')}`,
    p.raisedOn && `raised ${formatDate(p.raisedOn)}`,
    p.stage && p.since && `${p.stage} from ${formatDate(p.since)}`,
    p.targetRelease && `target ${p.targetRelease}`,
    p.path,
    p.parent && `split from ${p.parent}`,
  ]) + at(p.source);
}

export function updatedProposal(p: ImportedProposal): string {
  const values: Record<string, string | undefined> = {
    summary: p.summary && 'summary', leadAnalyst: p.leadAnalyst && `lead analyst ${p.leadAnalyst}`, path: p.path,
    targetRelease: p.targetRelease && `target ${p.targetRelease}`, parent: p.parent && `split from ${p.parent}`,
    proposer: p.proposer && `proposer ${[p.proposer.name, p.proposer.organisation].filter(Boolean).join(', ')}`,
  };
  return `${p.ref}: ${join((p.fields ?? []).map((f) => values[f] ?? f))}${at(p.source)}`;
}

export function stage(s: ImportedStage): string {
  return `${s.ref} → ${s.stage} on ${formatDate(s.on)} — “${s.sentence}”${at(s.source)}`;
}

export function decision(d: ImportedDecision): string {
  return `${d.ref} · ${d.body}: ${d.outcome} (${formatDate(d.on)}) — “${d.sentence}”${at(d.source)}`;
}

export function action(a: ImportedAction): string {
  const what = a.change === 'new' ? `new, ${a.status}` : a.change === 'closed' ? 'closed' : `update, ${a.status}`;
  const update = a.update ? ` — update ${formatDate(a.update.on)}: ${clip(a.update.text)}` : '';
  return `${a.ref} (${what}) ${a.owner ?? 'owner unknown'}: ${clip(a.text ?? '')}${update}${at(a.source)}`;
}

export function consultation(c: ImportedConsultation, calendar?: Calendar): string {
  const days = calendar && c.opens && c.closes ? `, ${calendar.workingDaysBetween(c.opens, c.closes)} Working Days` : '';
  const opens = c.opens ? formatDate(c.opens) : 'opening date unknown';
  const closes = c.closes ? `${formatDate(c.closes)} ${twelveHour(c.closesAt ?? '17:00')}` : 'closing date unknown';
  return `${c.ref} ${c.kind} consultation ${opens} – ${closes}${days}${at(c.source)}`;
}

function twelveHour(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h >= 12 ? 'pm' : 'am'}`;
}

export function meeting(m: ImportedMeeting): string {
  return `${m.ref} on ${formatDate(m.on)}${m.nextOn ? `, next meeting ${formatDate(m.nextOn)}` : ''}${at(m.source)}`;
}

export function release(r: ImportedRelease): string {
  const contains = r.contains?.length ? ` · ${r.designation ? 'designation: ' : ''}${clip(r.contains.join(', '))}` : r.designation ? ' · designation' : '';
  return `${r.name}: ${formatDate(r.on)}${r.ref ? ` (${r.ref})` : ''}${contains}${at(r.source)}`;
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/** " [FILE:LINE]" (and the page for PDFs): where an item came from. */
export function at(source: ItemSource): string {
  return ` [${source.file}:${source.line}${source.page ? `, page ${source.page}` : ''}]`;
}
