import type { Command } from 'commander';
import { ConfigError, readEnv, type Config } from '../config';
import { silentLogger, type StorePort } from '../core/ports';
import type { Core } from '../create-core';
import { DEFAULT_DATA_FILE } from '../open-data';
import { runCommandOnce } from './command-once';
import type { CliIo } from './run-cli';

/**
 * `secbot remind run` and `secbot remind preview [at DATE]` without a running bot: the reminder runner is
 * built here with every channel the environment configures (email, Slack, Teams), so a cron job or a
 * systemd timer can drive reminders. `remind run` holds the store's write lock like any CLI change.
 */
export function addRemindCommand(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('remind')
    .description('reminders without a running bot: "remind preview [at DATE]" shows who gets what; "remind run" sends today\'s')
    .argument('[words...]', 'run | preview [at DATE]')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(async (words: string[]) => {
      const opts = program.opts<{ data?: string; json?: boolean }>();
      setExit(await remindOnce(words, opts.data ?? io.env.SECBOT_DATA, Boolean(opts.json), io));
    });
}

async function remindOnce(words: string[], dataFile: string | undefined, json: boolean, io: CliIo): Promise<number> {
  let config: Config;
  try {
    config = readEnv(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
  const channels = Boolean(config.email || config.slack || config.teams);
  if (!channels && words[0]?.toLowerCase() === 'run') {
    io.stderr(`No channel to send reminders through is configured.\n  Set SECBOT_SMTP_URL and SECBOT_MAIL_FROM (email), or SLACK_BOT_TOKEN / TEAMS_APP_ID (see .env.example).\n`);
    return 1;
  }
  return runCommandOnce(['remind', ...words], {
    dataFile,
    json,
    ...(channels ? { services: ({ store, core, demo }) => reminderServices(config, { store, core, demo, dataFile, io }) } : {}),
  }, io);
}

interface Opened {
  store: StorePort;
  core: Core;
  demo: boolean;
  dataFile: string | undefined;
  io: CliIo;
}

async function reminderServices(config: Config, opened: Opened) {
  const [{ createNotifier }, { cliMessengers }] = await Promise.all([import('../notify/notifier'), import('./remind-messengers')]);
  const messengers = await cliMessengers(config, { ...opened, linkFile: opened.demo ? undefined : opened.dataFile ?? DEFAULT_DATA_FILE });
  const notifier = createNotifier({
    store: opened.store,
    messengers: messengers.list,
    clock: opened.io.clock,
    calendar: opened.core.calendar,
    logger: silentLogger,
    config: { reminderCron: config.reminderCron, ledgerRetentionDays: config.ledgerRetentionDays },
  });
  return { services: { reminders: notifier }, close: messengers.close };
}
