import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A Word document from text: runs of tab-separated lines become a table, other lines paragraphs. */
export async function toDocx(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (!rows.length) return;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(new Table({ rows: rows.map((r) => new TableRow({ children: [...r, ...Array(width - r.length).fill('')].map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    children.push(new Paragraph({ children: [new TextRun({ text: line.replace(/\*\*/g, ''), bold: /\*\*/.test(line) })] }));
  }
  flush();
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
