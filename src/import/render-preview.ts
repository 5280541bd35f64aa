import { secVersionOf } from './apply-sec-version';
import { formatDate } from '../domain/dates';
import { NEWS_WINDOW_WORKING_DAYS } from '../domain/fact-dates';
import type { Calendar } from '../core/ports';
import type { Reply, ReplySection } from '../core/reply';
import type { ApplyReport } from './apply-context';
import { countChanges } from './apply-change-set';
import type { ChangeSet } from './change-set';
import * as line from './preview-lines';
import { at } from './preview-lines';
import { personLine } from './preview-people';

export interface PreviewOptions {
  /** True for a dry run or a chat preview waiting for Apply. */
  preview: boolean;
  calendar?: Calendar;
}

/** The change set as a neutral Reply: what is new, what moves, what was left alone and why. */
export function previewReply(report: ApplyReport, options: PreviewOptions): Reply {
  const files = report.applied.documents.map((d) => d.file).join(', ');
  const changes = countChanges(report);
  const sections = changes ? changeSections(report.applied, options.calendar) : [];
  sections.push(...noteSections(report));
  return {
    kind: report.warnings.length ? 'warning' : changes && !options.preview ? 'success' : 'info',
    title: titleOf(files, changes, options.preview),
    ...(changes ? {} : { text: nothingText(files, report.unchanged) }),
    sections,
    context: [
      ...report.applied.documents.map((d) => `${d.file}: ${d.kind.replace(/-/g, ' ')}${d.date ? ` dated ${formatDate(d.date)}` : ''}`),
      ...(report.unchanged && changes ? [`${report.unchanged} item(s) already in the store were left as they are.`] : []),
      ...(changes && !report.announcements.length ? [quietText(options.preview)] : []),
    ],
  };
}

function quietText(preview: boolean): string {
  return `Nothing ${preview ? 'will be' : 'was'} announced to channels: only facts dated in the last ${NEWS_WINDOW_WORKING_DAYS} Working Days, and consultations still open, are news; the rest is recorded quietly (see history).`;
}

function nothingText(files: string, unchanged: number): string {
  if (!unchanged) return `Found nothing to record in ${files}; see the warnings.`;
  return `Everything ${files} says is already in the store (${unchanged} item${unchanged === 1 ? '' : 's'}).`;
}

function titleOf(files: string, changes: number, preview: boolean): string {
  if (!changes) return `Nothing to change from ${files}`;
  return preview ? `Import preview for ${files}: ${changes} change(s), nothing written yet` : `Imported ${files}: ${changes} change(s)`;
}

function changeSections(set: ChangeSet, calendar?: Calendar): ReplySection[] {
  const proposals = set.proposals;
  return [
    section('New proposals', proposals.filter((p) => p.change === 'new').map(line.newProposal)),
    section('Proposal details filled in', proposals.filter((p) => p.change === 'updated').map(line.updatedProposal)),
    section('Stage changes', set.stages.filter((s) => !s.planned).map(line.stage)),
    section('Decisions', set.decisions.map(line.decision)),
    section('Actions', set.actions.map(line.action)),
    section('Consultations', set.consultations.map((c) => line.consultation(c, calendar))),
    section('Meetings', set.meetings.map(line.meeting)),
    section('Release dates', set.releases.filter((r) => !secVersionOf(r.name)).map(line.release)),
    section('SEC versions', set.releases.filter((r) => secVersionOf(r.name)).map(line.release)),
    section('People and organisations', (set.people ?? []).map(personLine)),
  ].filter((s): s is ReplySection => !!s);
}

function noteSections(report: ApplyReport): ReplySection[] {
  const planned = report.applied.stages.filter((s) => s.planned).map((s) => `${s.ref} ${s.stage} on ${formatDate(s.on)} (planned)${at(s.source)}`);
  const events = report.applied.events.map((e) => `${e.ref}: ${e.text}${at(e.source)}`);
  return [
    section('Planned or other timeline entries (not recorded)', [...planned, ...events]),
    section('Announced to channels', report.announcements.map((a) => `${a.ref} ${a.what} → ${a.channels.length ? a.channels.join('; ') : 'no channel is subscribed'}`)),
    section('Warnings', report.warnings.map((w) => `${w.message}${w.source ? at(w.source) : ''}`)),
  ].filter((s): s is ReplySection => !!s);
}

function section(title: string, items: string[]): ReplySection | undefined {
  return items.length ? { title: `${title} (${items.length})`, items } : undefined;
}
