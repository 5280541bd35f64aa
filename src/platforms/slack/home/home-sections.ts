import type { Calendar } from '../../../core/ports';
import { formatDate } from '../../../domain/dates';
import { actionButtons, actionLine, closingConsultations, consultationLine, filterActions, personForCaller, proposalLine, recentDrafts } from '../../../domain/queries';
import type { StoreData } from '../../../../storage/schema';
import type { SlackBlock } from '../render/block-limits';
import { escapeMrkdwn } from '../render/text';
import { actionBlocks, textBlocks } from '../render/to-blocks';
import { toButton } from '../render/to-button';

const MAX_ACTIONS = 10;
const MAX_RECENT = 5;

export interface HomeData {
  data: Readonly<StoreData>;
  userId: string;
  now: Date;
  calendar: Calendar;
}

export function myActionsBlocks({ data, userId, now, calendar }: HomeData): SlackBlock[] {
  const person = personForCaller(data, 'slack', userId);
  if (!person) return textBlocks('I don\'t know who you are in the directory yet. Type /sec link "Your Name" and your open actions will show here.');
  const today = calendar.londonDate(now);
  const actions = filterActions(data, { status: 'open', person }, today);
  if (!actions.length) return textBlocks(`No open actions for ${person.name}.`);
  const counter = { next: 0 };
  const blocks = actions.slice(0, MAX_ACTIONS).flatMap((a) => [...textBlocks(actionLine(a, today, calendar)), ...actionBlocks(actionButtons(a), counter)]);
  if (actions.length > MAX_ACTIONS) blocks.push(...textBlocks(`…and ${actions.length - MAX_ACTIONS} more: /sec actions mine`));
  return blocks;
}

export function closingBlocks({ data, now, calendar }: HomeData): SlackBlock[] {
  const closing = closingConsultations(data, now, calendar, 10);
  if (!closing.length) return textBlocks('None.');
  return textBlocks(closing.map((v) => `${v.consultation.proposal}: ${consultationLine(v)}`).join('\n'));
}

export function recentBlocks({ data }: HomeData): SlackBlock[] {
  const recent = recentDrafts(data, MAX_RECENT);
  if (!recent.length) return textBlocks('None yet.');
  return recent.map((p, i): SlackBlock => {
    const raised = `${proposalLine(p)} · raised ${formatDate(p.raisedOn!)}${p.draftRef ? ` as ${p.draftRef}` : ''}`;
    const button = toButton({ label: 'Status', actionId: 'proposal.status', command: `status ${p.ref}` }, i);
    return { type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(raised) }, ...(button ? { accessory: button } : {}) };
  });
}
