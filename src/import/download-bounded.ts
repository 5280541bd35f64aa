import { DOCUMENT_LIMITS, megabytes } from './document-limits';

export interface BoundedDownload {
  /** Sent only to the URL's own origin (never after a redirect to another host). */
  headers?: Record<string, string>;
  /** Every URL fetched, the first and each redirect target, must pass this check. */
  allowed: (url: URL) => boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** A refusal worth showing the user as it is ("the file is larger than 25 MB"). `allowed` may throw its own. */
export class DownloadError extends Error {
  override readonly name = 'DownloadError';
}

const MAX_REDIRECTS = 3;

/**
 * Downloads a document (a chat attachment, a SECAS page) into memory with a byte cap and a time limit. The body is streamed and
 * the download stops as soon as the cap is passed, whatever Content-Length claimed.
 */
export async function downloadBounded(start: string, options: BoundedDownload): Promise<Uint8Array> {
  return (await downloadDocument(start, options)).bytes;
}

export interface Downloaded {
  bytes: Uint8Array;
  /** Where the body came from, after redirects. */
  url: URL;
  contentType: string;
}

/** As downloadBounded, with the final URL and the content type (to tell a page from a PDF). */
export async function downloadDocument(start: string, options: BoundedDownload): Promise<Downloaded> {
  const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxFileBytes;
  const timeoutMs = options.timeoutMs ?? DOCUMENT_LIMITS.downloadTimeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  const origin = new URL(start).origin;
  let url = new URL(start);
  try {
    for (let hop = 0; hop <= (options.maxRedirects ?? MAX_REDIRECTS); hop++) {
      if (!options.allowed(url)) throw new DownloadError(`the link points to ${url.host}, which is not a file host I download from`);
      const headers = url.origin === origin ? options.headers : undefined;
      const response = await fetch(url, { signal, redirect: 'manual', ...(headers ? { headers } : {}) });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) throw new DownloadError(`the file host answered ${response.status}`);
      return { bytes: await readCapped(response, maxBytes, signal), url, contentType: response.headers.get('content-type') ?? '' };
    }
    throw new DownloadError('the file host redirected too many times');
  } catch (error) {
    if (signal.aborted) throw new DownloadError(`the download took longer than ${timeoutMs / 1000} seconds`);
    throw error;
  }
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const tooLarge = () => new DownloadError(`the file is larger than ${megabytes(maxBytes)}, the limit for a document`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body!.getReader();
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
