import { PassThrough } from 'node:stream';
import { demoStore } from '../../../../src/demo/demo-store';
import { runConsole } from '../../../../src/platforms/console/run-console';
import type { StoreData } from '../../../../storage/schema';
import { createTempStore, type TempStore } from '../../../support/temp-store';
import { BOB, message } from '../../teams/support/activities';
import { cardOf, type Card } from '../../teams/support/cards';
import { startTeamsBot, type TeamsHarness } from '../../teams/support/start-teams-bot';
import { startSlack, type SlackSide } from './start-slack';

/** Tuesday 22 Aug 2023, 10:00 London: MP167B's Report Phase consultation is open, DP096 is 1274 days old. */
export const NOW = '2023-08-22T09:00:00Z';

/** Bradley Baker (SECAS, change team) on both chat platforms, so chat answers match the console operator's. */
export const MEMBER = { slack: 'U_BRADLEY', teams: { id: '29:1bradley', aadObjectId: 'aad-bradley', name: 'Bradley Baker' } };
/** Nobody in the directory: Slack U_STRANGER, Teams Bob. */
export const NON_MEMBER = { slack: 'U_STRANGER', teams: BOB };
/** Tom Rothery (DCC, not its contact and not change team), linked on both: he owns no action. */
export const NON_OWNER = { slack: 'U_TOM', teams: { id: '29:1tom', aadObjectId: 'aad-tom', name: 'Tom Rothery' } };

export type Who = 'member' | 'non-member' | 'non-owner';
const CALLERS: Record<Who, { slack: string; teams: { id: string; aadObjectId?: string; name?: string } }> = { member: MEMBER, 'non-member': NON_MEMBER, 'non-owner': NON_OWNER };

export function contractData(): StoreData {
  const data = demoStore();
  const link = (id: string, who: typeof MEMBER) => (data.people.find((p) => p.id === id)!.platformIds = { slack: who.slack, teams: who.teams.aadObjectId });
  link('bradley-baker', MEMBER);
  link('tom-rothery', NON_OWNER);
  return data;
}

export interface ContractEnv {
  store: TempStore;
  console(line: string): Promise<string>;
  slack(line: string, who: Who): Promise<{ blocks: any[] }>;
  /** Every card the connector received for this message (one, unless the answer was too big for a card). */
  teams(line: string, who: Who): Promise<Card[]>;
  close(): Promise<void>;
}

/**
 * One bot for all three platforms: the real commands and dispatch over a real file store in a temp dir,
 * a fixed fake clock; the console adapter, Slack over HTTP with a fake Web API, Teams over HTTP with a
 * loopback key server and a fake Bot Connector.
 */
export async function startContractEnv(): Promise<ContractEnv> {
  const store = await createTempStore(contractData());
  const teams: TeamsHarness = await startTeamsBot({ store: store.store });
  teams.bot.clock.set(NOW);
  const slack: SlackSide = await startSlack({ dispatch: teams.bot.dispatch, store: store.store, clock: teams.bot.clock });
  return {
    store,
    console: (line) => consoleAnswer(teams, line),
    slack: (line, who) => slack.ask(line, CALLERS[who].slack),
    async teams(line, who) {
      teams.connector.calls.length = 0;
      const res = await teams.post(message(teams.connector.url, line, { from: CALLERS[who].teams }));
      if (res.status !== 200) throw new Error(`Teams adapter answered ${res.status}: ${JSON.stringify(res.body)}`);
      return teams.connector.posts().map(cardOf);
    },
    async close() {
      await slack.close();
      await teams.close();
      await store.cleanup();
    },
  };
}

/** One line through the console adapter, as piped input; the reply without the echoed command. */
async function consoleAnswer(teams: TeamsHarness, line: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => (text += chunk));
  const done = runConsole({ dispatch: teams.bot.dispatch, input, output, interactive: false });
  input.end(`${line}\n`);
  await done;
  const echo = `secbot> ${line}\n`;
  if (!text.startsWith(echo)) throw new Error(`console did not echo the command: ${text.slice(0, 200)}`);
  return text.slice(echo.length).replace(/\n+$/, '');
}
