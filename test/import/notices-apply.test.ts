import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/core/render-text';
import { createTempStore, type TempStore } from '../support/temp-store';
import { createTestBot } from '../support/test-bot';
import { fixture } from './support/fixtures';
import { importFiles } from './support/import-env';

let temp: TempStore;
beforeEach(async () => void (temp = await createTempStore()));
afterEach(() => temp.cleanup());

const notice = (name: string) => fixture(`notices/${name}`);
const ask = async (text: string) => renderText(await createTestBot({ store: temp.store }).run(text));

describe('applying release and consultation notices to a store', () => {
  it('a release scope page creates missing MPs with their titles, Implemented on the release date; the release keeps the stated date', async () => {
    const result = await importFiles(temp.store, [notice('june-2022-sec-release.txt'), notice('november-2019-sec-release.md')]);
    expect(result.exitCode).toBe(0);
    const data = temp.store.read();
    const mp177 = data.proposals.find((p) => p.ref === 'MP177')!;
    expect([mp177.title, mp177.stage, mp177.stageHistory.at(-1)!.on]).toEqual(['Power Outage Alerts sent to DNOs', 'Implemented', '2022-06-30']);
    expect(data.proposals.find((p) => p.ref === 'SECMP0049')!.stage).toBe('Implemented');
    // "Removed from release": no stage stated, so none is recorded (never a default "Converted").
    expect(data.proposals.find((p) => p.ref === 'MP181')!.stage).toBeUndefined();
    expect(data.releases.map((r) => [r.name, r.on])).toEqual(expect.arrayContaining([['November 2019 SEC Release', '2019-11-29'], ['June 2022 SEC Release', '2022-06-30']]));
    expect(await ask('status MP083')).toContain('Implemented');
    const again = await importFiles(temp.store, [notice('june-2022-sec-release.txt'), notice('november-2019-sec-release.md')]);
    expect(again.output).toContain('Nothing to change');
  });

  it('a newsletter decision on an unknown MP: the decision with its sentence, and no stage the newsletter does not state', async () => {
    await importFiles(temp.store, [notice('sec-newsletter-july-2023.txt')]);
    const mp199 = temp.store.read().proposals.find((p) => p.ref === 'MP199')!;
    expect(mp199.stageHistory).toEqual([]);
    expect(mp199.decisions).toMatchObject([{ body: 'Change Board', outcome: 'Approved', on: '2023-07-19', text: 'The Change Board approved MP199 under Self-Governance on 19 July 2023.' }]);
  });

  it('a consultation known only by its closing date is shown with the opening date unknown; a later page fills it in', async () => {
    await importFiles(temp.store, [notice('open-consultations.txt')]);
    expect(await ask('consultations all')).toContain('MP215 Updating the Threat Assessment: Refinement Consultation · opening date unknown – 3 Aug 2023 12:00 · closed');
    expect(await ask('status MP215')).toContain('opening date unknown');
    const page = "MP215 'Updating the Threat Assessment'\nStage: Refinement Process\nDate raised: 02/03/2023\n\nTimeline\nRefinement Consultation 13 Jul 2023\n";
    const { writeFile } = await import('node:fs/promises');
    const file = `${temp.dir}/mp215.txt`;
    await writeFile(file, page);
    const result = await importFiles(temp.store, [file]);
    expect(result.output).toContain('MP215 refinement consultation 13 Jul 2023 – closing date unknown');
    const stored = temp.store.read().consultations.filter((c) => c.proposal === 'MP215');
    expect(stored).toMatchObject([{ kind: 'refinement', opens: '2023-07-13', closes: '2023-08-03T12:00:00+01:00' }]);
  });
});
