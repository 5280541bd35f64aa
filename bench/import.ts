import { pathToFileURL } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { planChangeSet } from '../src/import/apply-change-set';
import { mergeChangeSets } from '../src/import/change-set';
import { extractDocument, extractFile } from '../src/import/extract-change-set';
import { toDocLines } from '../src/import/source-lines';
import { emptyStore } from '../storage/schema';
import { ms } from './lib/stats';

const TODAY = '2024-03-05';
const options = { at: '2024-03-05T10:00:00Z', today: TODAY, actor: 'bench' };

/** Issue 6: import throughput for a generated 50-page PDF and for 200 register pages (targets under 1 s each). */
export async function benchImport(): Promise<Record<string, string | number>> {
  const pdf = await minutesPdf(50);
  await extractFile('warm-up.pdf', pdf, TODAY);
  let start = performance.now();
  const minutes = await extractFile('minutes-50-pages.pdf', pdf, TODAY);
  planChangeSet(emptyStore(), minutes, options);
  const pdfMs = performance.now() - start;

  const pages = Array.from({ length: 200 }, (_, i) => registerPage(i));
  start = performance.now();
  const sets = pages.map((text, i) => extractDocument({ file: `register-${i}.txt`, format: 'txt', lines: toDocLines(text) }, TODAY));
  const report = planChangeSet(emptyStore(), mergeChangeSets(sets), options);
  const registerMs = performance.now() - start;

  return {
    '50-page PDF: read + extract + plan (target < 1 s)': ms(pdfMs),
    '50-page PDF: decisions found': minutes.decisions.length,
    '200 register pages: extract + plan (target < 1 s)': ms(registerMs),
    '200 register pages: proposals planned': report.applied.proposals.length,
    'register pages per second': Math.round(200 / (registerMs / 1000)),
  };
}

/** Minutes with a Draft Proposal section per ~10 lines, about 45 lines a page. */
async function minutesPdf(pageCount: number): Promise<Uint8Array> {
  const lines = ['SEC Change Sub-Committee Meeting 12_2502', '25 February 2020, 10:00 – 11:20', 'Attendees:', '1. Draft Proposal Report'];
  for (let n = 0; lines.length < pageCount * 45; n++) {
    const ref = `DP${String(100 + (n % 800)).padStart(3, '0')}`;
    lines.push(`${ref} 'Generated proposal number ${n}'`, `The CSC considered ${ref} which seeks to address an issue raised by a Large Supplier about`,
      'the timing of Service Requests and the handling of alerts during an outage of the DCC Systems.', 'The CSC:',
      '- AGREED the Draft Proposal is ready to be converted to a Modification Proposal; and',
      '- RECOMMENDED to the Panel that the Modification Proposal should proceed to the Refinement Process.', '');
  }
  lines.push('Next Meeting: 31 March 2020.');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let start = 0; start < lines.length; start += 45) {
    const page = doc.addPage([595, 842]);
    lines.slice(start, start + 45).forEach((line, i) => line && page.drawText(line, { x: 30, y: 800 - i * 17, size: 8, font }));
  }
  return doc.save();
}

function registerPage(i: number): string {
  const ref = `MP${String(100 + (i % 900)).padStart(3, '0')}${i >= 900 ? 'A' : ''}`;
  return [
    `${ref} ‘Generated modification ${i}’`, `ProposerMari Toda, DCC`, 'Lead AnalystJoe Hehir', 'Date raised14/05/2020', 'StagePending Implementation',
    'Target releaseJun 21 SEC Release', 'Latest updateOn 26 May 2021, the Change Board voted to approve this modification under Self-Governance.',
    'What is the issue?', 'Suppliers cannot complete a change of supplier while a meter is suspended.',
    '14 May 2020', 'Draft Proposal raised', '16 Jul 2020', 'Converted to Modification Proposal', '28 Jan 2021', '11 Feb 2021', 'Refinement Consultation',
    '16 Apr 2021 – 7 May 2021', 'Modification Report Consultation', '26 May 2021', 'Change Board vote', 'Modification documents',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.table(await benchImport());
  process.exit(0);
}
