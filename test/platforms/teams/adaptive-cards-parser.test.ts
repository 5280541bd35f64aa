import * as AC from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands/index';
import { FORMS } from '../../../commands/forms';
import type { Caller } from '../../../src/core/caller';
import type { Reply } from '../../../src/core/reply';
import { createCalendar } from '../../../src/domain/calendar';
import { demoStore } from '../../../src/demo/demo-store';
import { toConsultationCard } from '../../../src/notify/consultation-card';
import { toDigest } from '../../../src/notify/digest-card';
import { toNewDpCard } from '../../../src/notify/dp-card';
import { toDecisionCard, toDisownedCard, toStageCard } from '../../../src/notify/event-cards';
import { toOwnerReminder, toUnreachableOwnersReminder } from '../../../src/notify/reminder-cards';
import { createCardSigner } from '../../../src/platforms/teams/card-signer';
import { newView, renderView } from '../../../src/platforms/teams/card-views';
import { toFormCard } from '../../../src/platforms/teams/dialogs/form-card';
import { offerDialog } from '../../../src/platforms/teams/dialogs/offer-dialog';
import { toCompactCard } from '../../../src/platforms/teams/extensions/to-compact-card';
import { toAdaptiveCards } from '../../../src/platforms/teams/to-adaptive-cards';
import { createViewCache } from '../../../src/platforms/teams/view-cache';
import type { DomainEvent } from '../../../storage/schema';
import { createTestBot } from '../../support/test-bot';

/** Microsoft's own parser (the adaptivecards package): parse warnings and property validation failures. */
function problems(card: unknown): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card as never, context);
  const found: string[] = [];
  for (let i = 0; i < context.eventCount; i++) found.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) found.push(event.message);
  return found;
}

const signer = createCardSigner('parser-test-secret');
const alice: Caller = { platform: 'teams', id: 'aad-alice', name: 'Alice', address: { platform: 'teams', conversationId: '19:c@thread.tacv2', serviceUrl: 'https://x', conversationType: 'channel' } };

async function everyReply(): Promise<Reply[]> {
  const data = demoStore();
  const bot = createTestBot({ data, changeTeam: ['teams:aad-alice'] });
  const replies: Reply[] = [];
  for (const command of allCommands) {
    for (const line of [command.name, ...command.examples]) {
      replies.push(await bot.dispatch({ text: line, caller: alice }));
      replies.push(await bot.run(line));
    }
  }
  const calendar = createCalendar();
  const event = (type: string, extra: Record<string, unknown>): DomainEvent => ({ id: type, type, at: '2023-08-22T09:00:00.000Z', ref: 'DP096', data: { ref: 'DP096', title: 'DNO Power Outage Alerts', raisedOn: '2023-08-22', ...extra } });
  const action = data.actions[0]!;
  replies.push(
    toNewDpCard(event('proposal.raised', { summary: 'A problem. More.' }), data, calendar),
    toStageCard(event('proposal.stage', { from: 'Development Stage', to: 'Refinement Process', on: '2023-08-22' })),
    toDecisionCard(event('proposal.decision', { outcome: 'approved', body: 'Change Board', on: '2023-08-22' })),
    toDisownedCard(event('action.disowned', { by: 'Alice', owner: 'SECAS', committee: 'CSC' })),
    toOwnerReminder('Alice', [{ action, reason: 'due tomorrow' }], 2),
    toUnreachableOwnersReminder([{ action, reason: 'overdue', why: 'nobody linked' }]),
    toDigest({ today: '2023-08-21', since: '2023-08-14T09:00:00.000Z', newDps: [event('proposal.raised', {})], stageChanges: [], decisions: [], closing: data.consultations.slice(0, 2), overdue: data.actions.slice(0, 3).map((a) => ({ ...a, due: '2023-08-01' })) }),
  );
  if (data.consultations[0]) replies.push(toConsultationCard(data.consultations[0], data.proposals[0], 'closes in 5 Working Days'));
  return replies;
}

describe('every Teams card passes Microsoft\'s adaptivecards parser', () => {
  it('command replies (demo data, as the change team and as the operator), notifications, home, private views, dialogs and search cards', async () => {
    const replies = await everyReply();
    const views = createViewCache({ now: () => new Date() });
    const deps = { signer, views };
    const cards: unknown[] = [];
    for (const reply of replies) {
      cards.push(...toAdaptiveCards(reply, signer));
      for (const kind of ['private', 'shared', 'broadcast'] as const) {
        const { id, cards: rendered } = newView(deps, { kind, reply, owner: { callerId: 'aad-alice', userId: '29:alice', name: 'Alice' }, asked: 'status DP096' }, undefined);
        cards.push(...rendered, ...renderView(deps, id, views.get(id)!, alice));
      }
      cards.push(toCompactCard(reply, 'status DP096', signer));
    }
    for (const form of FORMS) {
      cards.push(toFormCard(form, signer), toFormCard(form, signer, { ref: 'DP096' }, Object.fromEntries(form.fields.map((f) => [f.id, 'Wrong.']))));
      cards.push(offerDialog(form.trigger, signer)!.card);
    }
    expect(cards.length).toBeGreaterThan(500);
    const failures = cards.map((card, i) => ({ i, problems: problems(card) })).filter((c) => c.problems.length);
    expect(failures).toEqual([]);
  });

  it('the parser does catch a broken card', () => {
    expect(problems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }, { type: 'NoSuchThing' }] }).length).toBeGreaterThan(0);
  });
});
