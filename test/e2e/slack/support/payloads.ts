/** Slack payload builders with the fields Bolt and the adapter read; ids follow Slack's formats. */
let counter = 0;
const next = () => `${Date.now()}${++counter}`;

export const TEAM = 'T1';
export const CHANNEL = 'C0CHANGE';

export function slashCommand(text: string, user = 'U_GEMMA', responseUrl = 'http://127.0.0.1:9/none', channel = CHANNEL): Record<string, string> {
  return {
    token: 'legacy-verification-token', team_id: TEAM, team_domain: 'sec', channel_id: channel, channel_name: 'change',
    user_id: user, user_name: user.toLowerCase(), command: '/sec', text, api_app_id: 'A1', is_enterprise_install: 'false',
    response_url: responseUrl, trigger_id: `trigger.${next()}`,
  };
}

export interface ButtonClick {
  value: string;
  actionId?: string;
  user?: string;
  responseUrl?: string;
  ephemeral?: boolean;
  channel?: string;
  messageTs?: string;
  home?: boolean;
}

export function blockAction(click: ButtonClick): object {
  const channel = click.channel ?? CHANNEL;
  const container = click.home
    ? { type: 'view', view_id: 'VHOME' }
    : { type: 'message', message_ts: click.messageTs ?? '1700000000.000100', channel_id: channel, is_ephemeral: click.ephemeral ?? true };
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'sec' },
    user: { id: click.user ?? 'U_GEMMA', username: 'gemma', name: 'gemma', team_id: TEAM },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container,
    trigger_id: `trigger.${next()}`,
    ...(click.home ? { view: { id: 'VHOME', type: 'home', blocks: [], state: { values: {} }, hash: 'h' } } : { channel: { id: channel, name: 'change' } }),
    ...(click.ephemeral === false && !click.home ? { message: { type: 'message', ts: click.messageTs ?? '1700000000.000100', text: 'x', blocks: [] } } : {}),
    ...(click.responseUrl ? { response_url: click.responseUrl } : {}),
    actions: [{ type: 'button', action_id: click.actionId ?? 'sec:action.close:0', block_id: 'b1', text: { type: 'plain_text', text: 'Go' }, value: click.value, action_ts: next() }],
  };
}

export function viewSubmission(callbackId: string, values: Record<string, string>, user = 'U_GEMMA', metadata: object = { channelId: CHANNEL }): object {
  const state = Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value: id === 'due' ? { type: 'datepicker', selected_date: value } : { type: 'plain_text_input', value } }]),
  );
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'sec' },
    user: { id: user, username: 'gemma', name: 'gemma', team_id: TEAM },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: `trigger.${next()}`,
    view: { id: 'VMODAL', type: 'modal', callback_id: callbackId, private_metadata: JSON.stringify(metadata), state: { values: state }, hash: 'h', blocks: [] },
  };
}

export function eventEnvelope(event: object, eventId = `Ev${next()}`): object {
  return { token: 'legacy-verification-token', team_id: TEAM, api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000), event };
}

export function channelMessage(text: string, options: { user?: string; channel?: string; channelType?: string; ts?: string; files?: object[] } = {}): object {
  return {
    type: 'message', user: options.user ?? 'U_GEMMA', text, ts: options.ts ?? `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, '0')}`,
    channel: options.channel ?? CHANNEL, channel_type: options.channelType ?? 'channel', team: TEAM,
    ...(options.files ? { subtype: 'file_share', files: options.files } : {}),
  };
}
