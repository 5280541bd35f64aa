import { UserError } from '../core/errors';
import { DOCUMENT_LIMITS, megabytes } from './document-limits';
import { readDocx } from './read-docx';
import { readInWorker } from './read-in-worker';
import { readPdf } from './read-pdf';
import { decodeText } from './read-text';
import { baseName, toDocLines, type DocFormat, type DocLine, type SourceDoc } from './source-lines';
import { own } from '../core/own';

const TEXT_EXTENSIONS: Record<string, DocFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md' };
const EXAMPLE = 'Import reads .txt, .md, .docx and .pdf, e.g. "import MP167B-modification-report.pdf".';

/**
 * Any supported file as numbered lines, read in a worker thread with memory and time limits (see
 * document-limits.ts). Bad or oversized files become a UserError naming the file and the reason.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<SourceDoc> {
  const file = baseName(name);
  checkSize(file, bytes);
  return readInWorker(file, bytes);
}

/** The same, on the calling thread: the worker's body. */
export async function readDocumentHere(name: string, bytes: Uint8Array): Promise<SourceDoc> {
  const file = baseName(name);
  checkSize(file, bytes);
  const format = formatOf(file, bytes);
  const lines = await linesOf(file, format, bytes);
  if (!lines.some((l) => /[A-Za-z]{2}/.test(l.text))) throw new UserError(`${file} has no text in it.`, EXAMPLE);
  return { file, format, lines };
}

function checkSize(file: string, bytes: Uint8Array): void {
  if (bytes.length === 0) throw new UserError(`${file} is empty.`, EXAMPLE);
  if (bytes.length > DOCUMENT_LIMITS.maxFileBytes) {
    throw new UserError(`${file} is ${megabytes(bytes.length)}; the limit for a document is ${megabytes(DOCUMENT_LIMITS.maxFileBytes)}.`, 'Import the document itself, without attachments or embedded images.');
  }
}

function formatOf(file: string, bytes: Uint8Array): DocFormat {
  if (startsWith(bytes, '%PDF')) return 'pdf';
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'pdf') throw new UserError(`${file} is named .pdf but is not a PDF file.`, EXAMPLE);
  if (ext === 'docx' || ext === 'doc') return 'docx';
  if (startsWith(bytes, 'PK')) {
    throw new UserError(`${file} is a ${ext ? `.${ext}` : 'zip'} package, not a document import can read.`, EXAMPLE);
  }
  const text = own(TEXT_EXTENSIONS, ext);
  if (text) return text;
  if (ext && !['htm', 'html'].includes(ext)) throw new UserError(`${file}: .${ext} files are not supported.`, EXAMPLE);
  return 'txt';
}

async function linesOf(file: string, format: DocFormat, bytes: Uint8Array): Promise<DocLine[]> {
  if (format === 'pdf') {
    const pages = await readPdf(file, bytes);
    const lines: DocLine[] = [];
    pages.forEach((text, i) => lines.push(...toDocLines(text, i + 1, lines.length + 1)));
    return lines;
  }
  if (format === 'docx') return toDocLines(await readDocx(file, bytes));
  return toDocLines(decodeText(file, bytes).replace(/^\uFEFF/, ''));
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  return [...magic].every((ch, i) => bytes[i] === ch.charCodeAt(0));
}
