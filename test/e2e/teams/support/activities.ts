import { randomUUID } from 'node:crypto';

export const APP_ID = '0b6c5c1e-6c3a-4d39-9a3b-5e2f6f1a7c01';
export const TENANT_ID = '72f988bf-0000-4000-8000-00000000a11c';
export const BOT = { id: `28:${APP_ID}`, name: 'secbot' };
export const ALICE = { id: '29:1alice', aadObjectId: 'aad-alice', name: 'Alice Analyst' };
export const BOB = { id: '29:1bob', aadObjectId: 'aad-bob', name: 'Bob Builder' };
export const PERSONAL = { id: 'a:1personal-chat-alice', conversationType: 'personal' };
export const CHANNEL = { id: '19:general@thread.tacv2', conversationType: 'channel' };

interface Options {
  conversation?: { id: string; conversationType: string };
  from?: { id: string; aadObjectId?: string; name?: string };
}

export interface BaseActivity {
  type: string;
  id: string;
  serviceUrl: string;
  from: { id: string; aadObjectId?: string; name?: string };
  recipient: typeof BOT;
  conversation: { id: string; conversationType: string; tenantId: string };
  [key: string]: unknown;
}

function base(type: string, serviceUrl: string, options: Options): BaseActivity {
  const conversation = options.conversation ?? PERSONAL;
  return {
    type,
    id: `act-${randomUUID().slice(0, 8)}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: options.from ?? ALICE,
    recipient: BOT,
    conversation: { ...conversation, tenantId: TENANT_ID },
    channelData: { tenant: { id: TENANT_ID } },
    locale: 'en-GB',
  };
}

/** A typed message; in a channel the bot is @-mentioned as Teams does it. */
export function message(serviceUrl: string, text: string, options: Options & { mention?: boolean } = {}) {
  const mention = options.mention ?? options.conversation?.conversationType === 'channel';
  const at = `<at>${BOT.name}</at>`;
  return {
    ...base('message', serviceUrl, options),
    text: mention ? `${at} ${text}` : text,
    textFormat: 'plain',
    ...(mention ? { entities: [{ type: 'mention', text: at, mentioned: BOT }] } : {}),
  };
}

/** What Teams sends when an Action.Submit button is clicked: a message with `value`, replying to the card. */
export function submit(serviceUrl: string, value: unknown, replyToId: string, options: Options = {}) {
  return { ...base('message', serviceUrl, options), value, replyToId };
}

/** Universal Actions: invoke adaptiveCard/action. */
export function cardAction(serviceUrl: string, data: unknown, replyToId: string, options: Options & { trigger?: 'manual' | 'automatic'; verb?: string } = {}) {
  return { ...base('invoke', serviceUrl, options), name: 'adaptiveCard/action', replyToId, value: { action: { type: 'Action.Execute', verb: options.verb ?? 'secbot', data }, trigger: options.trigger ?? 'manual' } };
}

/** Teams refreshing a card for one viewer (Universal Actions refresh, trigger automatic). */
export function refresh(serviceUrl: string, card: { refresh?: { action: { verb: string; data: unknown } } }, replyToId: string, options: Options = {}) {
  if (!card.refresh) throw new Error('the card has no refresh');
  return cardAction(serviceUrl, card.refresh.action.data, replyToId, { ...options, trigger: 'automatic', verb: card.refresh.action.verb });
}

/** task/fetch (a dialog opening) and task/submit (its form sent), with the button's data. */
export function taskFetch(serviceUrl: string, data: unknown, options: Options = {}) {
  return { ...base('invoke', serviceUrl, options), name: 'task/fetch', value: { data, context: { theme: 'default' } } };
}

export function taskSubmit(serviceUrl: string, data: unknown, options: Options = {}) {
  return { ...base('invoke', serviceUrl, options), name: 'task/submit', value: { data, context: { theme: 'default' } } };
}

/** The search message extension: text typed in the compose box, or a link pasted in a message. */
export function extensionQuery(serviceUrl: string, text: string, options: Options = {}) {
  return { ...base('invoke', serviceUrl, options), name: 'composeExtension/query', value: { commandId: 'searchProposals', parameters: [{ name: 'query', value: text }], queryOptions: { skip: 0, count: 25 } } };
}

export function extensionLink(serviceUrl: string, url: string, options: Options = {}) {
  return { ...base('invoke', serviceUrl, options), name: 'composeExtension/queryLink', value: { url } };
}

export const GROUP_CHAT = { id: '19:group-chat-1@thread.v2', conversationType: 'groupChat' };

export function installationUpdate(serviceUrl: string, action: 'add' | 'remove', options: Options = {}) {
  return { ...base('installationUpdate', serviceUrl, options), action };
}

export function botAdded(serviceUrl: string, options: Options = {}) {
  return { ...base('conversationUpdate', serviceUrl, options), membersAdded: [BOT], channelData: { tenant: { id: TENANT_ID }, eventType: 'teamMemberAdded' } };
}

export function botRemoved(serviceUrl: string, options: Options = {}) {
  return { ...base('conversationUpdate', serviceUrl, options), membersRemoved: [BOT], channelData: { tenant: { id: TENANT_ID }, eventType: 'teamMemberRemoved' } };
}

export function fileMessage(serviceUrl: string, name: string, downloadUrl: string, options: Options = {}) {
  return {
    ...base('message', serviceUrl, options),
    attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name, content: { downloadUrl, uniqueId: 'file-1', fileType: name.split('.').pop() } }],
  };
}
