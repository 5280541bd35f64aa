/**
 * Resource limits for reading one document, from chat or the CLI. Small enough that a hostile file
 * (a zip bomb, a huge download) is refused before it can slow the bot; large enough for SECAS papers.
 */
export const DOCUMENT_LIMITS = {
  /** Bytes of the file itself (download or disk). */
  maxFileBytes: 25 * 1024 * 1024,
  /** Entries in a .docx package (real Word files have a few dozen). */
  maxZipEntries: 1000,
  /** Total uncompressed bytes of a .docx package, as declared and as actually inflated. */
  maxUncompressedBytes: 64 * 1024 * 1024,
  /** Heap of the worker thread that parses the document. */
  workerHeapMb: 192,
  /** Wall-clock time to parse one document. */
  parseTimeoutMs: 30_000,
  /** Time to download one chat attachment. */
  downloadTimeoutMs: 20_000,
} as const;

export const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}
