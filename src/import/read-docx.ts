import { UserError } from '../core/errors';
import { htmlToText } from './html-to-text';
import { checkZip } from './zip-guard';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** A Word .docx as text through mammoth (tables keep their rows). */
export async function readDocx(file: string, bytes: Uint8Array): Promise<string> {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new UserError(
      `${file} is password-protected or in the old binary Word (.doc) format, so it cannot be read.`,
      'Open it in Word, remove the password (File › Info › Protect Document), save as .docx and import again.',
    );
  }
  checkZip(file, bytes);
  try {
    // Loaded on first use: most runs of the bot never read a Word file.
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(result.value);
  } catch (error) {
    throw new UserError(`${file} is not a readable Word document (${shortReason(error)}).`, 'Save it from Word as .docx, or as .pdf or .txt, and import again.');
  }
}

function shortReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /central directory|zip/i.test(message) ? 'it is not a .docx package' : message.slice(0, 120);
}
