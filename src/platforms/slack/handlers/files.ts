import type { Caller } from '../../../core/caller';
import type { IncomingFile } from '../../../core/ports';
import { errorReply, type Reply } from '../../../core/reply';
import { DOCUMENT_LIMITS, megabytes } from '../../../import/document-limits';
import { DownloadError, downloadBounded } from '../../../import/download-bounded';
import type { SlackRuntime } from '../runtime';

export interface SlackFileLike {
  name?: string;
  title?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

const MAX_BYTES = DOCUMENT_LIMITS.maxFileBytes;

/** Files shared with the bot go to the attachment handler (the importer); each gets its own answer. */
export async function handleFiles(rt: SlackRuntime, files: readonly SlackFileLike[], caller: Caller): Promise<Reply[]> {
  const onFile = rt.deps.onFile;
  if (!onFile) return [errorReply('I can\'t read shared files here: document import is not switched on.', 'Ask the change team, or type commands such as /sec status DP096.')];
  const replies: Reply[] = [];
  for (const file of files) {
    const name = file.name ?? file.title ?? 'file';
    try {
      replies.push(await onFile(await download(rt, file, name), caller));
    } catch (error) {
      rt.logger.warn({ file: name, err: error instanceof Error ? error.message : String(error) }, 'shared file not handled');
      replies.push(errorReply(`I couldn't read ${name}.`, error instanceof FileError || error instanceof DownloadError ? capitalise(error.message) : 'Try again, or send it as .docx, .pdf or .txt.'));
    }
  }
  return replies;
}

class FileError extends Error {}

async function download(rt: SlackRuntime, file: SlackFileLike, name: string): Promise<IncomingFile> {
  if ((file.size ?? 0) > MAX_BYTES) throw new FileError(`It is ${megabytes(file.size!)}; the limit for a document is ${megabytes(MAX_BYTES)}.`);
  const url = file.url_private_download ?? file.url_private;
  if (!url || !URL.canParse(url) || !rt.fileOrigins.includes(new URL(url).origin)) throw new FileError('Slack did not give me a download link for it.');
  // The bot token goes only to Slack's file host; the body is streamed and cut off at the cap.
  const bytes = await downloadBounded(url, { headers: { Authorization: `Bearer ${rt.botToken}` }, allowed: (u) => rt.fileOrigins.includes(u.origin), maxBytes: MAX_BYTES });
  return { name, bytes, ...(file.mimetype ? { contentType: file.mimetype } : {}) };
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}
