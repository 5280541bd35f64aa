import { UserError } from '../core/errors';

/**
 * Bytes of a .txt/.md file as text. UTF-8 (with or without BOM) and UTF-16 with a BOM; text that is
 * not valid UTF-8 is read as Windows-1252, which is what older Word "Save as text" produces.
 */
export function decodeText(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new UserError(`${file} is a binary file, not text.`, 'Import reads SECAS documents as .txt, .md, .docx or .pdf, e.g. "import CSC_12_2502-minutes.pdf".');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** NUL bytes or many control characters in the first 8 KB: not a text document. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
