import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

/**
 * A text PDF made with pdf-lib, `linesPerPage` lines a page. Like PDFs exported from Word, tabs become
 * spaces and long paragraphs wrap over several lines (at `width` characters).
 */
export async function toPdf(text: string, linesPerPage = 40, width = 95): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = text.split('\n').flatMap((l) => wrap(encodable(font, l.replace(/\t/g, ' ')), width));
  for (let start = 0; start < lines.length; start += linesPerPage) {
    const page = doc.addPage([595, 842]);
    lines.slice(start, start + linesPerPage).forEach((line, i) => {
      if (line.trim()) page.drawText(line, { x: 30, y: 800 - i * Math.min(19, 780 / linesPerPage), size: 8, font });
    });
  }
  return doc.save();
}

function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + word.length + 1 > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return [...out, current];
}

/** Helvetica (WinAnsi) cannot draw every character (✓, superscripts): those become "?". */
function encodable(font: PDFFont, line: string): string {
  return [...line].map((ch) => { try { font.encodeText(ch); return ch; } catch { return '?'; } }).join('');
}

/** A PDF with text but nothing on it but a box: what a scanned page looks like to a text reader. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
  return doc.save();
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

/**
 * A PDF protected with the standard security handler (revision 2, 40-bit RC4) and the user password
 * "secret": a reader without the password cannot open it. Built by hand because pdf-lib cannot encrypt.
 */
export function passwordProtectedPdf(): Uint8Array {
  const id = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
  const permissions = -44;
  const owner = rc4(md5(padded('owner')).subarray(0, 5), padded('secret'));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded('secret'), owner, p, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const objectKey = md5(key, Buffer.from([4, 0, 0, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey, Buffer.from('BT /F1 12 Tf 72 712 Td (MP102A Refinement Consultation) Tj ET', 'latin1'));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = Buffer.byteLength(body, 'latin1');
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
