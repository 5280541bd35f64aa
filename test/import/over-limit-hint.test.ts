import { describe, expect, it } from 'vitest';
import { overLimitHint } from '../../src/import/read-in-worker';

describe('a document too big to read says what would help for its kind', () => {
  it('a PDF is not told to be saved as a PDF', () => {
    expect(overLimitHint('board-pack.pdf')).not.toContain('save it as .pdf');
    expect(overLimitHint('board-pack.PDF')).toMatch(/Split the PDF|\.txt/);
  });
  it('a Word document may be saved as PDF or text', () => {
    expect(overLimitHint('minutes.docx')).toContain('save it as .pdf or .txt');
  });
});
