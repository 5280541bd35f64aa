import type { Clock, Logger, StorePort } from '../../core/ports';
import type { Reply } from '../../core/reply';
import type { CardSigner } from './card-signer';
import { forgetInstallation, recordInstallation } from './installations';
import { sendReply, type TeamsTurn } from './teams-turn';
import { toAdaptiveCards } from './to-adaptive-cards';
import { toCardActivity } from './to-card-activity';
import type { Dispatch } from '../../core/dispatch';
import { toAddress, toCaller } from './to-invocation';

export interface InstallDeps {
  store: StorePort;
  clock: Clock;
  logger: Logger;
  signer: CardSigner;
  dispatch?: Dispatch;
}

const WELCOME: Reply = {
  kind: 'info',
  title: 'secbot is here',
  text: 'Ask me about SEC changes: proposals, actions, consultations and decisions.',
  buttons: [{ label: 'Show commands', actionId: 'help', command: 'help' }],
  context: ['In a channel, mention me first, e.g. "@secbot status DP096".'],
};

/** installationUpdate add/remove and conversationUpdate with the bot added or removed. */
export async function handleInstallEvent(turn: TeamsTurn, deps: InstallDeps): Promise<void> {
  const change = installChange(turn);
  if (!change) return;
  const address = toAddress(turn.activity);
  const by = turn.activity.from.aadObjectId || turn.activity.from.id;
  if (change === 'remove') {
    if (await forgetInstallation(deps.store, address, by)) deps.logger.info({ conversation: address.conversationId }, 'Teams installation removed');
    return;
  }
  const outcome = await recordInstallation(deps.store, deps.clock, address, by);
  if (outcome !== 'added') return;
  deps.logger.info({ conversation: address.conversationId, type: address.conversationType }, 'Teams installation recorded');
  const personal = address.conversationType === 'personal';
  const welcome = await welcomeFor(turn, deps, personal);
  if (personal) return sendReply(turn, welcome, deps.signer);
  // A channel's welcome is everyone's: "Show commands" answers the clicker alone and never rewrites the post.
  for (const card of toAdaptiveCards(welcome, deps.signer, undefined, { buttons: { mode: 'private' } })) await turn.send(toCardActivity(card, welcome.title));
}

/** In a personal chat the greeting is the person's home: their actions, closing consultations, new DPs. */
async function welcomeFor(turn: TeamsTurn, deps: InstallDeps, personal: boolean): Promise<Reply> {
  if (!personal || !deps.dispatch) return WELCOME;
  const home = await deps.dispatch({ text: 'home', caller: toCaller(turn.activity) });
  if (home.kind === 'error') return WELCOME;
  return { ...home, title: WELCOME.title, text: `${WELCOME.text} Here is your home; type "home" to see it again.`, buttons: WELCOME.buttons!, context: ['Type "help" for every command.'] };
}

function installChange(turn: TeamsTurn): 'add' | 'remove' | undefined {
  const { activity } = turn;
  if (activity.type === 'installationUpdate') {
    if (activity.action === 'add' || activity.action === 'add-upgrade') return 'add';
    return activity.action === 'remove' ? 'remove' : undefined;
  }
  const bot = activity.recipient.id;
  if (activity.membersRemoved?.some((m) => m.id === bot)) return 'remove';
  if (activity.membersAdded?.some((m) => m.id === bot)) return 'add';
  return undefined;
}
