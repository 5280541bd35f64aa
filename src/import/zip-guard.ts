import { inflateRawSync } from 'node:zlib';
import { UserError } from '../core/errors';
import { DOCUMENT_LIMITS, megabytes } from './document-limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/**
 * Checks a zip package (.docx) before anything reads it: entry count and declared uncompressed size
 * from the central directory, then every entry inflated with a hard output cap, so a package that lies
 * about its sizes is stopped at the limit too. Throws a UserError naming the file and the limit.
 */
export function checkZip(file: string, bytes: Uint8Array, limits: ZipLimits = limitsOf()): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(file, buffer, limits);
  let remaining = limits.maxUncompressedBytes;
  for (const entry of entries) remaining -= inflatedSize(file, buffer, entry, remaining, limits);
}

function limitsOf(): ZipLimits {
  return { maxEntries: DOCUMENT_LIMITS.maxZipEntries, maxUncompressedBytes: DOCUMENT_LIMITS.maxUncompressedBytes };
}

function tooLarge(file: string, limits: ZipLimits): UserError {
  return new UserError(
    `${file} unpacks to more than ${megabytes(limits.maxUncompressedBytes)}, the limit for a document, so it was not read.`,
    'Import the document itself, without embedded files or images, or save it as .pdf or .txt.',
  );
}

function notAZip(file: string): UserError {
  return new UserError(`${file} is not a readable Word document (it is not a .docx package).`, 'Save it from Word as .docx, or as .pdf or .txt, and import again.');
}

function centralDirectory(file: string, buf: Buffer, limits: ZipLimits): ZipEntry[] {
  const eocd = findEocd(buf);
  if (eocd < 0) throw notAZip(file);
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw tooLarge(file, limits); // zip64: never a real .docx
  if (count > limits.maxEntries) {
    throw new UserError(`${file} holds ${count} files inside; the limit for a document is ${limits.maxEntries}, so it was not read.`, 'Save it again from Word as .docx, or as .pdf, and import that.');
  }
  if (offset + size > buf.length) throw notAZip(file);
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw notAZip(file);
    const entry = {
      method: buf.readUInt16LE(offset + 10),
      compressedSize: buf.readUInt32LE(offset + 20),
      uncompressedSize: buf.readUInt32LE(offset + 24),
      localOffset: buf.readUInt32LE(offset + 42),
      name: buf.toString('utf8', offset + 46, offset + 46 + buf.readUInt16LE(offset + 28)),
    };
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) throw tooLarge(file, limits);
    entries.push(entry);
    offset += 46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
  }
  return entries;
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  return -1;
}

/** Inflates one entry into a bounded buffer (zlib stops at maxOutputLength) and returns its real size. */
function inflatedSize(file: string, buf: Buffer, entry: ZipEntry, remaining: number, limits: ZipLimits): number {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIGNATURE) throw notAZip(file);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > remaining) throw tooLarge(file, limits);
    return data.length;
  }
  if (entry.method !== 8) throw notAZip(file);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw tooLarge(file, limits);
    throw notAZip(file);
  }
}
