import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Caller } from '../../core/caller';
import type { Dispatch } from '../../core/dispatch';
import { renderText } from '../../core/render-text';

export interface ConsoleOptions {
  dispatch: Dispatch;
  input: Readable;
  output: Writable;
  /** Interactive terminal: show a prompt. Otherwise echo each command so piped transcripts read well. */
  interactive: boolean;
  banner?: string;
}

/** The local operator at the keyboard has change-team rights (issue 2: "whoever runs the console"). */
export const consoleCaller: Caller = {
  platform: 'console',
  id: 'operator',
  name: 'operator',
  operator: true,
  address: { platform: 'console', name: 'console' },
};

const PROMPT = 'secbot> ';
const HISTORY_SIZE = 500;

/**
 * Hubot-style shell: one command per line, replies rendered as text. Ends at end of input or on
 * "exit"/"quit"; lines starting with # are comments, so a transcript file can be piped in. On a
 * terminal it behaves like a shell (node:readline): line editing, Up/Down history, and Ctrl-C or
 * Ctrl-D leave cleanly, the terminal's prompt on a new line, so the caller can release the store.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { dispatch, input, output, interactive } = options;
  const write = (text: string) => output.write(text);
  if (options.banner) write(`${options.banner}\n`);
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive, crlfDelay: Infinity, historySize: HISTORY_SIZE, removeHistoryDuplicates: true, prompt: PROMPT });
  let leftByCommand = false;
  const leave = () => lines.close();
  lines.on('SIGINT', leave);
  process.once('SIGINT', leave).once('SIGTERM', leave);
  try {
    if (interactive) lines.prompt();
    for await (const raw of lines) {
      const line = raw.trim();
      if (line === 'exit' || line === 'quit') {
        leftByCommand = true;
        break;
      }
      if (line && !line.startsWith('#')) {
        if (!interactive) write(`${PROMPT}${line}\n`);
        const reply = await dispatch({ text: line, caller: consoleCaller });
        write(`${renderText(reply)}\n\n`);
      }
      if (interactive) lines.prompt();
    }
  } finally {
    process.off('SIGINT', leave).off('SIGTERM', leave);
    lines.close();
  }
  // Ctrl-C / Ctrl-D leave the cursor after our prompt: end the line so the shell's prompt starts clean.
  if (interactive && !leftByCommand) write('\n');
}
