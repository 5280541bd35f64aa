import { isUserError } from '../../core/errors';
import type { AttachmentHandler, Logger } from '../../core/ports';
import { errorReply, type Reply } from '../../core/reply';
import { DOCUMENT_LIMITS } from '../../import/document-limits';
import { DownloadError, downloadBounded } from '../../import/download-bounded';
import type { CardSigner } from './card-signer';
import { isAllowedFileUrl } from './file-hosts';
import { sendReply, type TeamsAttachment, type TeamsTurn } from './teams-turn';
import { toCaller } from './to-invocation';

export const FILE_DOWNLOAD_TYPE = 'application/vnd.microsoft.teams.file.download.info';

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
export interface FileDeps {
  onFile?: AttachmentHandler;
  signer: CardSigner;
  logger: Logger;
  /** Extra allowed download hosts (TEAMS_FILE_HOSTS), besides Microsoft's and the serviceUrl. */
  fileHosts?: readonly string[];
}

export async function handleFiles(turn: TeamsTurn, files: readonly TeamsFile[], deps: FileDeps): Promise<void> {
  for (const file of files) await sendReply(turn, await importFile(turn, file, deps), deps.signer);
}

async function importFile(turn: TeamsTurn, file: TeamsFile, deps: FileDeps): Promise<Reply> {
  if (!deps.onFile) return errorReply(`I can't import files here, so ${file.name} was not read.`, 'Ask an admin to import it with: secbot import FILE');
  let bytes: Uint8Array;
  try {
    // No token is sent: the download URL is pre-authorised, and the bot's token is for the Bot Connector only.
    bytes = await downloadBounded(file.url, { allowed: (url) => isAllowedFileUrl(url, turn.activity.serviceUrl, deps.fileHosts), maxBytes: DOCUMENT_LIMITS.maxFileBytes });
  } catch (error) {
    const reason = error instanceof DownloadError ? error.message : 'the download failed';
    deps.logger.warn({ file: file.name, reason: (error as Error).message }, 'Teams file download failed');
    return errorReply(`I couldn't download ${file.name} from Teams: ${reason}.`, 'Nothing was imported. Send the file again in this chat.');
  }
  try {
    return await deps.onFile({ name: file.name, bytes, ...(file.fileType ? { contentType: file.fileType } : {}) }, toCaller(turn.activity));
  } catch (error) {
    if (isUserError(error)) return errorReply(error.message, error.hint);
    deps.logger.error({ err: error, file: file.name }, 'file import failed');
    return errorReply(`Something went wrong reading ${file.name}.`, 'Nothing was imported. Try again, or tell the change team.');
  }
}
