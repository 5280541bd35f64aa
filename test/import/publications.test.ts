import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/import/change-set';
import type { StoreData } from '../../storage/schema';
import { createTempStore } from '../support/temp-store';
import { extractPath, fixture } from './support/fixtures';
import { importFiles } from './support/import-env';

/**
 * Publications of every kind SECAS issues (modelled on real pages), each with the facts it states.
 * A fact is "ref|stage|date", "ref|body|outcome|date", "release|name|date", "meeting|group|date",
 * "attendee|name|organisation", "path|ref|path", or "no stage|ref" (listed, stage not stated).
 * The score is facts right / facts stated; any stage recorded that the document does not state is wrong.
 */
const STATED: Record<string, string[]> = {
  'nov-2020-sec-release.txt': [
    ...['SECMP0062', 'MP080', 'MP081', 'MP093', 'MP098', 'MP101', 'MP102A', 'MP103', 'MP110'].map((ref) => `${ref}|Implemented|2020-11-29`),
    'release|November 2020 SEC Release|2020-11-29', 'release|SEC v27.0|2020-11-29',
  ],
  'june-2023-release-due-to-go-live.txt': [
    'MP184|Implemented|2023-06-29', 'MP190|Implemented|2023-06-29', 'SECMP0113|Implemented|2023-06-29', 'release|June 2023 SEC Release|2023-06-29', 'no stage|MP193',
  ],
  'mp140-register-withdrawn.txt': ['MP140|Development Stage|2020-09-14', 'MP140|Converted to Modification Proposal|2020-11-19', 'MP140|Withdrawn|2022-03-03'],
  'mp155-register-confirmed-withdrawn.txt': ['MP155|Withdrawn|2022-08-17'],
  'secmp0018-register-implemented.txt': ['SECMP0018|Implemented|2018-11-01'],
  'sec-newsletter-march-2023.txt': ['SECMP0130|Authority|Approved|2023-03-09', 'MP197|Change Board|Rejected|2023-02-22', 'MP205|Withdrawn|2023-03-01'],
  'ofgem-decision-secmp130.txt': ['SECMP0130|Authority|Approved|2023-03-09', 'no stage|SECMP0130'],
  'mp213-working-group-minutes.txt': ['meeting|WG|2023-04-12', 'attendee|Jane Smith|British Gas', 'attendee|Omar Hassan|DCC', 'attendee|Lucy Evans|SECAS', 'attendee|Tom Rothery|DCC', 'no stage|MP213'],
  'tabasc-minutes.txt': ['meeting|TABASC|2023-02-02', 'attendee|Alison Beard|', 'attendee|Mark Jones|Scottish Power', 'attendee|Priya Shah|DCC', 'no stage|MP190'],
  'sec-v70-with-effect-from.txt': ['release|SEC v70.0|2023-06-20'],
  'mp-form-mp222.txt': ['path|MP222|Path 2: Authority Determination', 'no stage|MP222'],
  'feb-2022-release-deferred-row.txt': ['MP132|Implemented|2022-02-24', 'MP145|Implemented|2022-02-24', 'release|February 2022 SEC Release|2022-02-24', 'no stage|MP147'],
  'sec-newsletter-august-2021.txt': ['MP122|Authority|Approved|2021-07-30', 'MP134|Change Board|Approved|2021-07-28', 'MP141|Withdrawn|2021-07-27'],
  'ofgem-decision-secmp0007.txt': ['SECMP0007|Authority|Approved|2022-01-14'],
  'opsg-minutes.txt': ['meeting|OPSG|2023-03-06', 'attendee|Phil Proctor|', 'attendee|Dave Smith|', 'attendee|Priya Shah|DCC', 'no stage|MP190'],
  'mp098-register-glued-labels.txt': ['MP098|Implemented|2020-11-29'],
  'mp150-register-withdrawn-at-csc.txt': ['MP150|Withdrawn|2021-03-23'],
  'mp166-register-wish-to-withdraw.md': ['MP166|Withdrawn|2022-02-14'],
  'nov-2021-release-unmarked-row.txt': ['MP122|Implemented|2021-11-04', 'release|November 2021 SEC Release|2021-11-04', 'no stage|MP130', 'no stage|MP131'],
};

function factsOf(set: ChangeSet): Set<string> {
  const facts = [
    ...set.stages.filter((s) => !s.planned).map((s) => `${s.ref}|${s.stage}|${s.on}`),
    ...set.decisions.map((d) => `${d.ref}|${d.body}|${d.outcome}|${d.on}`),
    ...set.releases.map((r) => `release|${r.name}|${r.on}`),
    ...set.meetings.map((m) => `meeting|${m.committee}|${m.on}`),
    ...(set.people ?? []).filter((p) => p.role === 'attendee').map((p) => `attendee|${p.name}|${p.organisation ?? ''}`),
    ...set.proposals.filter((p) => p.path).map((p) => `path|${p.ref}|${p.path}`),
    ...set.proposals.filter((p) => !set.stages.some((s) => s.ref === p.ref && !s.planned)).map((p) => `no stage|${p.ref}`),
  ];
  return new Set(facts);
}

/** The same facts as the store records them after importing every publication (one transaction each). */
function storedFacts(data: StoreData): Set<string> {
  const bodies: Record<string, string> = { 'the Authority (Ofgem)': 'Authority' };
  return new Set(data.proposals.flatMap((p) => [
    ...p.stageHistory.filter((h) => !h.firstSeen).map((h) => `${p.ref}|${h.stage}|${h.on}`),
    ...p.decisions.map((d) => `${p.ref}|${bodies[d.body] ?? d.body}|${d.outcome}|${d.on}`),
    ...(p.path ? [`path|${p.ref}|${p.path}`] : []),
    ...(p.stageHistory.length ? [] : [`no stage|${p.ref}`]),
  ]).concat(data.releases.map((r) => `release|${r.name}|${r.on}`), data.secVersions.map((v) => `release|SEC v${v.version}|${v.on}`), data.meetings.map((m) => `meeting|${m.committee}|${m.on}`)));
}

describe('SEC publications: every stated fact, and nothing they do not state', () => {
  it('in the store after importing them all: the stated stages, decisions, releases and meetings, and no stage they do not state', async () => {
    const temp = await createTempStore();
    try {
      const result = await importFiles(temp.store, Object.keys(STATED).map((name) => fixture(`publications/${name}`)));
      expect(result.output).not.toContain('Refused');
      const stored = storedFacts(temp.store.read());
      const all = Object.values(STATED).flat().filter((f) => !f.startsWith('attendee|'));
      // Listed without a stage in one document, with one in another (MP190 in minutes, then a release page): it has that stage.
      const staged = new Set(all.filter((f) => f.split('|').length >= 3 && !/^(release|meeting|path|attendee)\|/.test(f)).map((f) => f.split('|')[0]));
      const expected = all.filter((f) => !(f.startsWith('no stage|') && staged.has(f.slice(9))));
      const missing = expected.filter((f) => !stored.has(f));
      console.log(`publications in the store: ${expected.length - missing.length}/${expected.length} facts right`);
      expect(missing).toEqual([]);
      const stages = [...stored].filter((f) => /^[A-Z]+\d+[A-Z]?\|[A-Z][a-z]/.test(f) && f.split('|').length === 3);
      // The one stage read between the lines: the Refinement Consultation MP140's page states is held in the Refinement Process.
      expect(stages.filter((f) => !expected.includes(f))).toEqual(['MP140|Refinement Process|2021-12-06']);
    } finally {
      await temp.cleanup();
    }
  });

  it('scores at least 95% of stated facts right with no stage the documents do not state', async () => {
    let stated = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const [name, expected] of Object.entries(STATED)) {
      const set = await extractPath(fixture(`publications/${name}`));
      const facts = factsOf(set);
      right += expected.filter((f) => facts.has(f)).length;
      stated += expected.length;
      const stages = set.stages.filter((s) => !s.planned).map((s) => `${s.ref}|${s.stage}|${s.on}`);
      wrong.push(...stages.filter((s) => !expected.includes(s)).map((s) => `${name}: ${s}`));
      for (const s of set.stages) expect(s.sentence.length, `${name}: ${s.ref} ${s.stage} keeps its sentence`).toBeGreaterThan(10);
    }
    console.log(`publications score: ${right}/${stated} facts right (${((100 * right) / stated).toFixed(1)}%), ${wrong.length} wrong stages`);
    expect(wrong).toEqual([]);
    expect(right / stated).toBeGreaterThanOrEqual(0.95);
  });

  it('each stage and decision keeps the sentence it came from', async () => {
    const letter = await extractPath(fixture('publications/ofgem-decision-secmp130.txt'));
    expect(letter.documents[0]).toMatchObject({ kind: 'decision-letter', date: '2023-03-09' });
    expect(letter.decisions[0]!.sentence).toBe('We have decided to approve the modification.');
    const page = await extractPath(fixture('publications/mp155-register-confirmed-withdrawn.txt'));
    expect(page.stages).toMatchObject([{ stage: 'Withdrawn', on: '2022-08-17', sentence: 'This modification was confirmed as withdrawn by the Proposer on 17 August 2022.' }]);
  });

  it('a release page with rows marked "Implemented" and "due to go live on": every row Implemented on that date, a Withdrawn row with no stage date', async () => {
    const set = await extractPath(fixture('publications/june-2023-release-due-to-go-live.txt'));
    expect(set.proposals.find((p) => p.ref === 'MP193')).toMatchObject({ stage: 'Withdrawn' });
    expect(set.stages.map((s) => s.ref)).not.toContain('MP193');
  });

  it('a newsletter\'s "Decisions" entry that reports a withdrawal is a withdrawal, not an undated decision', async () => {
    const set = await extractPath(fixture('publications/sec-newsletter-march-2023.txt'));
    expect(set.warnings).toEqual([]);
    expect(set.proposals.find((p) => p.ref === 'SECMP0130')).toMatchObject({ title: 'Improving the Central Products List' });
    expect(set.decisions.map((d) => d.ref)).not.toContain('MP200'); // "is expected to decide": a plan, not a decision
  });

  it('other codes\' documents record nothing; a SECAS page with nothing to record says so', async () => {
    await expect(extractPath(fixture('publications/unc-0845.txt'))).rejects.toThrow(/is not an SEC document: it is about Uniform Network Code/);
    await expect(extractPath(fixture('publications/dcusa-dcp400.txt'))).rejects.toThrow(/is not an SEC document: it is about DCUSA/);
    await expect(extractPath(fixture('publications/bsc-p456.txt'))).rejects.toThrow(/is not an SEC document: it is about Balancing and Settlement Code/);
    await expect(extractPath(fixture('publications/secas-about-change.txt'))).rejects.toThrow(/is an SEC page with nothing to record/);
  });
});
