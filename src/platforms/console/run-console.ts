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

/**
 * Hubot-style shell: one command per line, replies rendered as text. Ends at end of input or on
 * "exit"/"quit"; lines starting with # are comments, so a transcript file can be piped in.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { dispatch, input, output, interactive } = options;
  const write = (text: string) => output.write(text);
  if (options.banner) write(`${options.banner}\n`);
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  if (interactive) write(PROMPT);
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line && !line.startsWith('#')) {
      if (!interactive) write(`${PROMPT}${line}\n`);
      const reply = await dispatch({ text: line, caller: consoleCaller });
      write(`${renderText(reply)}\n\n`);
    }
    if (interactive) write(PROMPT);
  }
  lines.close();
}
