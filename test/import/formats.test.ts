import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/import/extract-change-set';
import { readDocument } from '../../src/import/read-document';
import { fixture, seed, SEEDS, TODAY, withoutSources } from './support/fixtures';
import { toDocx } from './support/make-docx';
import { toPdf } from './support/make-pdf';

const text = (path: string): Promise<string> => readFile(path, 'utf8');
const fromTxt = async (path: string) => extractFile(path, new Uint8Array(await readFile(path)), TODAY);

describe('the same document as .docx (mammoth) and .pdf (unpdf) gives the same change set as its text', () => {
  it('Modification Report as .docx, timetable as a Word table', async () => {
    const source = (await text(fixture('report-mp125.txt'))).replace(/^(.+?) (\d{1,2} \w{3}(?: – \d{1,2} \w{3})? \d{4}|\w{3} \d{4})$/gm, '$1\t$2');
    const docx = await extractFile('report-mp125.docx', await toDocx(source), TODAY);
    expect(docx.documents[0]).toMatchObject({ file: 'report-mp125.docx', kind: 'modification-report' });
    expect(withoutSources(docx)).toEqual(withoutSources(await fromTxt(fixture('report-mp125.txt'))));
  });

  it('register pages with glued labels as a three-page .pdf, with page numbers in the sources', async () => {
    const bytes = await toPdf(await text(fixture('register-mp102a.txt')), 20);
    const pdf = await extractFile('register-mp102a.pdf', bytes, TODAY);
    expect(withoutSources(pdf)).toEqual(withoutSources(await fromTxt(fixture('register-mp102a.txt'))));
    const { source } = pdf.consultations.find((c) => c.kind === 'report')!;
    const lines = (await readDocument('register-mp102a.pdf', bytes)).lines;
    expect(lines[source.line - 1]).toEqual({ n: source.line, page: 3, text: '16 Apr 2021 – 7 May 2021' });
    expect(source).toEqual({ file: 'register-mp102a.pdf', line: source.line, page: 3 });
  });

  it('new-DP paper as .docx', async () => {
    const docx = await extractFile('paper.docx', await toDocx(await text(fixture('paper-tabasc.txt'))), TODAY);
    expect(withoutSources(docx)).toEqual(withoutSources(await fromTxt(fixture('paper-tabasc.txt'))));
  });

  it('seed minutes as .docx (action tables) and as a .pdf with wrapped lines', async () => {
    const expected = withoutSources(await fromTxt(seed(SEEDS.minutes)));
    const docx = await extractFile('minutes.docx', await toDocx(await text(seed(SEEDS.minutes))), TODAY);
    expect(withoutSources(docx)).toEqual(expected);
    const pdf = await extractFile('minutes.pdf', await toPdf(await text(seed(SEEDS.minutes)), 45), TODAY);
    expect(withoutSources(pdf)).toEqual(expected);
  });

  it('seed paper and Modification Report as .pdf with wrapped lines', async () => {
    const paper = await extractFile('paper.pdf', await toPdf(await text(seed(SEEDS.paper)), 45), TODAY);
    const fromText = await fromTxt(seed(SEEDS.paper));
    const brief = (p: (typeof paper.proposals)[number]) => [p.ref, p.title, p.proposer, p.leadAnalyst];
    expect(paper.proposals.map(brief)).toEqual(fromText.proposals.map(brief));
    const report = await extractFile('report.pdf', await toPdf(await text(seed(SEEDS.report)), 45), TODAY);
    expect(withoutSources(report)).toEqual(withoutSources(await fromTxt(seed(SEEDS.report))));
  });
});
