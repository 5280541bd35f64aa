import { isUserError } from '../../core/errors';
import type { AttachmentHandler, Logger } from '../../core/ports';
import { errorReply, type Reply } from '../../core/reply';
import type { CardSigner } from './card-signer';
import { sendReply, type TeamsAttachment, type TeamsTurn } from './teams-turn';
import { toCaller } from './to-invocation';

export const FILE_DOWNLOAD_TYPE = 'application/vnd.microsoft.teams.file.download.info';
const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface TeamsFile {
  name: string;
  url: string;
  fileType?: string;
}

/** Files uploaded in a 1:1 chat arrive as download-info attachments with a pre-authorised URL. */
export function fileAttachments(attachments: readonly TeamsAttachment[] | undefined): TeamsFile[] {
  return (attachments ?? []).flatMap((a) => {
    const content = a.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
    if (a.contentType !== FILE_DOWNLOAD_TYPE || typeof content?.downloadUrl !== 'string') return [];
    if (!/^https?:\/\//.test(content.downloadUrl)) return [];
    return [{ name: a.name ?? 'attachment', url: content.downloadUrl, ...(typeof content.fileType === 'string' ? { fileType: content.fileType } : {}) }];
  });
}

/** Hand each file to the importer and answer with its preview. */
export async function handleFiles(turn: TeamsTurn, files: readonly TeamsFile[], deps: { onFile?: AttachmentHandler; signer: CardSigner; logger: Logger }): Promise<void> {
  for (const file of files) await sendReply(turn, await importFile(turn, file, deps), deps.signer);
}

async function importFile(turn: TeamsTurn, file: TeamsFile, deps: { onFile?: AttachmentHandler; logger: Logger }): Promise<Reply> {
  if (!deps.onFile) return errorReply(`I can't import files here, so ${file.name} was not read.`, 'Ask an admin to import it with: secbot import FILE');
  let bytes: Uint8Array;
  try {
    bytes = await download(file.url);
  } catch (error) {
    deps.logger.warn({ file: file.name, reason: (error as Error).message }, 'Teams file download failed');
    return errorReply(`I couldn't download ${file.name} from Teams: ${(error as Error).message}.`, 'Nothing was imported. Try sending the file again.');
  }
  try {
    return await deps.onFile({ name: file.name, bytes, ...(file.fileType ? { contentType: file.fileType } : {}) }, toCaller(turn.activity));
  } catch (error) {
    if (isUserError(error)) return errorReply(error.message, error.hint);
    deps.logger.error({ err: error, file: file.name }, 'file import failed');
    return errorReply(`Something went wrong reading ${file.name}.`, 'Nothing was imported. Try again, or tell the change team.');
  }
}

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new Error(`Teams answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) throw new Error('the file is larger than 10 MB');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_FILE_BYTES) throw new Error('the file is larger than 10 MB');
  return bytes;
}
