import { ConfigError, readEnv, type Config } from './config';
import { isUserError } from './core/errors';
import { systemClock, type Logger } from './core/ports';
import { createCore, type Core } from './create-core';
import { loadBankHolidayTable, loadHolidayOverrides } from './load-holidays';
import { createLogger } from './logging';
import { tuneHeapForLongRun } from './heap-tuning';
import { DEFAULT_DATA_FILE, openData, type OpenedData } from './open-data';
import { runConsole } from './platforms/console/run-console';
import { loadLinkKey } from './platforms/email/link-key';
import type { RunningPlatforms } from './start-platforms';

export interface MainIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const processIo: MainIo = { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** The composition root: the only place that reads the environment and wires everything together. */
export async function main(io: MainIo = processIo): Promise<number> {
  let config: Config;
  try {
    config = readEnv(io.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(io, error.message);
    throw error;
  }
  const chatPlatforms = Boolean(config.slack || config.teams || config.email);
  const logger = createLogger(chatPlatforms ? config.logLevel : 'warn');
  let data: OpenedData;
  try {
    data = await openData({ file: config.dataFile, allowDemo: true, readOnly: false, lockHolder: 'long-running', clock: systemClock, logger, ...(config.database ? { database: config.database } : {}) });
  } catch (error) {
    if (isUserError(error) || error instanceof Error) return fail(io, error.message);
    throw error;
  }
  tuneHeapForLongRun();
  try {
    return await run(config, data, logger, io);
  } catch (error) {
    return fail(io, (error as Error).message);
  } finally {
    await data.close();
  }
}

async function run(config: Config, data: OpenedData, logger: Logger, io: MainIo): Promise<number> {
  const holidays = await loadHolidayOverrides(config.holidaysFile);
  const core = createCore({ store: data.store, clock: systemClock, logger, changeTeam: config.changeTeam, holidays, holidayTable: loadBankHolidayTable(), ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) });
  const platforms = await startChatPlatforms(config, core, data, logger);
  if (platforms.running && !config.forceConsole) {
    // The history index is built in the background, so the first `history` in chat is fast too.
    void (data.store as { warmHistory?: () => Promise<void> }).warmHistory?.().catch((error: unknown) => logger.warn({ err: error }, 'could not index the audit journal; history reads it on demand'));
    logger.info({ data: data.description, platforms: platforms.names, port: platforms.port }, 'secbot is running');
    await waitForShutdownSignal();
  } else {
    const interactive = Boolean(io.stdin.isTTY);
    const banner = interactive || data.demo ? `secbot — ${data.description}. Type "help", or "exit" to leave.` : undefined;
    await runConsole({ dispatch: core.dispatch, input: io.stdin as never, output: io.stdout as never, interactive, ...(banner ? { banner } : {}) });
  }
  await platforms.stop();
  return 0;
}

/** Slack, Teams, email and their libraries load only when configured, so the console starts light. */
async function startChatPlatforms(config: Config, core: Core, data: OpenedData, logger: Logger): Promise<RunningPlatforms> {
  if (!config.slack && !config.teams && !config.email) return { running: false, names: [], stop: async () => {} };
  const [{ startPlatforms }, { createAttachmentHandler }] = await Promise.all([import('./start-platforms'), import('./import/attachment-handler')]);
  const onFile = createAttachmentHandler({ store: data.store, clock: systemClock, calendar: core.calendar, logger });
  const replayFile = data.demo || data.database ? undefined : `${config.dataFile ?? DEFAULT_DATA_FILE}.replay`;
  // On PostgreSQL there is no store file to keep the link key beside: every instance must share SECBOT_LINK_SECRET.
  const linkKey = config.email ? await loadLinkKey(config.linkSecret, data.demo || data.database ? undefined : config.dataFile ?? DEFAULT_DATA_FILE) : undefined;
  return startPlatforms({ config, core, store: data.store, storeDescription: data.description, clock: systemClock, logger, onFile, ...(replayFile ? { replayFile } : {}), ...(linkKey ? { linkKey } : {}), ...(data.database ? { database: data.database } : {}) });
}

function waitForShutdownSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

function fail(io: MainIo, message: string): number {
  io.stderr.write(`${message}\n`);
  return 1;
}
