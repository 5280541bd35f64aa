import { extractText, getDocumentProxy } from 'unpdf';
import { UserError } from '../core/errors';

/** A PDF's text, one string per page, through unpdf (pdf.js without a browser). */
export async function readPdf(file: string, bytes: Uint8Array): Promise<string[]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    throw toUserError(file, error);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    if (!text.some((page) => page.trim())) {
      throw new UserError(`${file} has no text to read (it looks like a scanned image).`, 'Export the document from its source as a text PDF, .docx or .txt and import again.');
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}

function toUserError(file: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new UserError(`${file} is password-protected, so it cannot be read.`, 'Save a copy without the password (or print it to a new PDF) and import that.');
  }
  const message = error instanceof Error ? error.message : String(error);
  return new UserError(`${file} is not a readable PDF (${message.slice(0, 120)}).`, 'Check the file opens in a PDF viewer, or import the .docx or .txt version.');
}
