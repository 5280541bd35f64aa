import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../../../src/core/ports';
import { createCalendar } from '../../../src/domain/calendar';
import { registerHandlers } from '../../../src/platforms/slack/register-handlers';
import { EVENT_SCOPES, requiredBotScopes } from '../../../src/platforms/slack/requirements';
import { createRuntime } from '../../../src/platforms/slack/runtime';
import { createTestBot } from '../../support/test-bot';

const manifest = JSON.parse(readFileSync(new URL('../../../manifest/slack.json', import.meta.url), 'utf8'));

/** Slack's manifest rules that matter for installing as-is (from the app manifest reference). */
const manifestSchema = z.object({
  display_information: z.object({ name: z.string().min(1).max(35), description: z.string().max(140), background_color: z.string().regex(/^#[0-9a-fA-F]{6}$/) }),
  features: z.object({
    app_home: z.object({ home_tab_enabled: z.boolean(), messages_tab_enabled: z.boolean(), messages_tab_read_only_enabled: z.boolean() }),
    bot_user: z.object({ display_name: z.string().min(1).max(80), always_online: z.boolean() }),
    slash_commands: z.array(z.object({ command: z.string().regex(/^\/[a-z0-9_-]{1,31}$/), description: z.string().min(1).max(2000), usage_hint: z.string().max(1000), should_escape: z.boolean() })).max(50),
    unfurl_domains: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/)).max(5),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()).max(100) }),
    interactivity: z.object({ is_enabled: z.boolean() }),
    socket_mode_enabled: z.boolean(),
    org_deploy_enabled: z.boolean(),
    token_rotation_enabled: z.boolean(),
  }),
});

/** What registerHandlers asks Bolt for, recorded by a stand-in App. */
function registered() {
  const seen = { commands: [] as string[], events: [] as string[], actions: 0, views: [] as string[] };
  const app = {
    command: (name: string) => void seen.commands.push(name),
    event: (name: string) => void seen.events.push(name),
    action: () => void seen.actions++,
    view: (c: { callback_id: string | RegExp }) => void (typeof c.callback_id === 'string' && seen.views.push(c.callback_id)),
    use: () => undefined,
    error: () => undefined,
  } as unknown as App;
  const bot = createTestBot();
  registerHandlers(app, createRuntime({ dispatch: bot.dispatch, store: bot.store, clock: bot.clock, calendar: createCalendar(), logger: silentLogger }, { botToken: 'xoxb-x' }));
  return seen;
}

describe('manifest/slack.json', () => {
  const seen = registered();

  it('is a well-formed app manifest within Slack limits', () => {
    expect(() => manifestSchema.parse(manifest)).not.toThrow();
  });

  it('declares exactly the slash command the code listens to', () => {
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(seen.commands);
    expect(seen.commands).toEqual(['/sec']);
  });

  it('subscribes to every event the code handles, and to nothing it ignores', () => {
    const expected = seen.events.flatMap((e) => (e === 'message' ? ['message.im', 'message.channels', 'message.groups'] : [e]));
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...new Set(expected)].sort());
    for (const event of manifest.settings.event_subscriptions.bot_events) expect(EVENT_SCOPES).toHaveProperty([event]);
  });

  it('asks for exactly the bot scopes the calls and events need (least privilege)', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(requiredBotScopes());
  });

  it('turns on interactivity (buttons, modals), the Home and Messages tabs, and Socket Mode', () => {
    expect(seen.actions).toBeGreaterThan(0);
    expect(seen.views).toEqual(['sec_raise', 'sec_action_add', 'sec_consultation_add']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toEqual({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
