import type { Caller } from '../../core/caller';
import type { Permits } from '../../core/permits';
import type { Reply } from '../../core/reply';
import type { ButtonExtras, CardSigner } from './card-signer';
import type { AdaptiveCard, CardAction, CardRefresh } from './to-adaptive-card';
import { toAdaptiveCards } from './to-adaptive-cards';
import { escapeTeamsMarkdown } from './escape-markdown';
import type { StoredView, ViewCache, ViewOwner } from './view-cache';
import { forViewer, withContext } from './viewer-reply';

export interface ViewDeps {
  signer: CardSigner;
  views: ViewCache;
  permits?: Permits;
}

const REFRESH_VERB = 'secbot.refresh';

/** A card's refresh: Teams asks for each viewer's version; `owner` keeps a private answer private. */
export function refreshFor(deps: ViewDeps, id: string, owner?: ViewOwner): CardRefresh {
  const data = deps.signer.sign('', { mode: 'view', view: id, ...(owner ? { owner: owner.callerId } : {}) });
  return { action: { type: 'Action.Execute', verb: REFRESH_VERB, data }, ...(owner ? { userIds: [owner.userId] } : {}) };
}

/** The cards of a stored view as `viewer` should see them (the first card only, for invoke responses, is cards[0]). */
export function renderView(deps: ViewDeps, id: string, view: StoredView, viewer: Caller | undefined): AdaptiveCard[] {
  if (view.kind === 'private') {
    if (viewer && view.owner && viewer.id === view.owner.callerId) return [privateAnswerCard(deps, id, view)];
    return [stubCard(deps, id, view)];
  }
  const reply = forViewer(view.sharedBy ? withContext(view.reply, `Shared by ${view.sharedBy}.`) : view.reply, deps.permits, viewer);
  const buttons: ButtonExtras = view.kind === 'broadcast' ? { mode: 'private', view: id } : { view: id };
  return toAdaptiveCards(reply, deps.signer, undefined, { buttons, refresh: refreshFor(deps, id) });
}

/** Store and render in one go. */
export function newView(deps: ViewDeps, view: StoredView, viewer: Caller | undefined): { id: string; cards: AdaptiveCard[] } {
  const id = deps.views.put(view);
  return { id, cards: renderView(deps, id, view, viewer) };
}

/** What everyone but the asker sees of a private answer. */
function stubCard(deps: ViewDeps, id: string, view: StoredView): AdaptiveCard {
  const who = view.owner?.name ?? 'Someone';
  const stub: Reply = {
    kind: 'info',
    title: `${who} asked secbot${view.asked ? `: ${view.asked.slice(0, 200)}` : ''}`,
    context: [`The answer is shown to ${who} only, until they share it.`],
  };
  const [card] = toAdaptiveCards(stub, deps.signer, undefined, { refresh: refreshFor(deps, id, view.owner) });
  return withActions(card!, [execute(deps, 'Show my answer', 'secbot.show', { mode: 'view', view: id, ...(view.owner ? { owner: view.owner.callerId } : {}) })]);
}

/** The owner's own view: the answer, their buttons (answered privately too) and Share in channel. */
function privateAnswerCard(deps: ViewDeps, id: string, view: StoredView): AdaptiveCard {
  const owner = view.owner!;
  const reply = withContext(forViewer(view.reply, deps.permits, { platform: 'teams', id: owner.callerId }), 'Only you can see this answer.');
  const cards = toAdaptiveCards(reply, deps.signer, undefined, { buttons: { mode: 'private', view: id }, refresh: refreshFor(deps, id, owner) });
  const first = cards.length > 1 ? withNote(cards[0]!, `Part 1 of ${cards.length}: share it to post every part, or ask me in a 1:1 chat.`) : cards[0]!;
  if (view.reply.kind === 'error') return first;
  return withActions(first, [execute(deps, 'Share in channel', 'secbot.share', { mode: 'share', view: id, owner: owner.callerId })]);
}

/** A button that is not a command: show, share, back. */
export function execute(deps: ViewDeps, title: string, verb: string, extras: ButtonExtras): CardAction {
  return { type: 'Action.Execute', title, verb, data: deps.signer.sign('', extras) };
}

export function withActions(card: AdaptiveCard, actions: CardAction[]): AdaptiveCard {
  return { ...card, actions: [...(card.actions ?? []), ...actions] };
}

function withNote(card: AdaptiveCard, note: string): AdaptiveCard {
  return { ...card, body: [...card.body, { type: 'TextBlock', text: escapeTeamsMarkdown(note), wrap: true, isSubtle: true, size: 'Small' }] };
}
