import { describe, expect, it } from 'vitest';
import { demoStore } from '../../../src/demo/demo-store';
import { createTestBot } from '../../support/test-bot';

/** Monday 7 Dec 2026, 10:00 London: a Working Day after the demo's facts. */
const NOW = '2026-12-07T10:00:00Z';
const bot = () => createTestBot({ data: demoStore(), now: NOW });

/** Setup lines (each must succeed), then the line under test: accepted, or refused with the rule's words. */
type Case = [name: string, setup: string[], line: string, expected: 'ok' | RegExp];

const CASES: Case[] = [
  // Draft Proposals
  ['a DP cannot be implemented', [], 'advance DP096 Implemented', /DP096 is a Draft Proposal/],
  ['a correction cannot make a DP implemented', [], 'advance DP096 Implemented correct "typo"', /Draft Proposal/],
  ['a DP gets no Change Board decision, even as a correction', [], 'decide DP096 approved correct "typo"', /Draft Proposal/],
  ['a DP can be withdrawn', [], 'advance DP096 Withdrawn', 'ok'],
  ['a withdrawn DP is not then rejected', ['advance DP096 Withdrawn'], 'advance DP096 Rejected', /Withdrawn .*ended/],
  ['a withdrawn DP is reopened only with a reason', ['advance DP096 Withdrawn'], 'advance DP096 development', /ended/],
  ['a withdrawn DP reopened with its reason', ['advance DP096 Withdrawn'], 'advance DP096 development reason "the proposer changed their mind"', 'ok'],
  ['no report consultation on a DP', [], 'consultation add DP096 report 4 Jan 2027 25 Jan 2027', /Draft Proposal/],
  ['convert against the CSC\'s "further development required" needs a reason', [], 'convert DP096', /Further development required/],
  ['convert with the reason', [], 'convert DP096 reason "the Panel directed it"', 'ok'],
  ['convert a DP the CSC agreed', [], 'convert DP095', 'ok'],
  // Modification Proposals: the flow
  ['an MP never returns to the Development Stage', ['convert DP095'], 'advance MP095 development', /never returns to the Development Stage/],
  ['Refinement after conversion', ['convert DP095'], 'advance MP095 refinement', 'ok'],
  ['straight to the Report Phase after conversion', ['convert DP095'], 'advance MP095 report', 'ok'],
  ['no Change Board vote before the Report Phase', ['convert DP095', 'advance MP095 refinement'], 'advance MP095 "Change Board"', /after the Report Phase/],
  ['a send-back needs its reason', ['convert DP095', 'advance MP095 report'], 'advance MP095 refinement', /send-back/],
  ['a send-back with its reason', ['convert DP095', 'advance MP095 report'], 'advance MP095 refinement reason "the Panel sent the report back"', 'ok'],
  ['no decision during Refinement', ['convert DP095', 'advance MP095 refinement'], 'decide MP095 approved by Change Board', /after the Report Phase/],
  ['a refinement consultation in the Refinement Process', ['convert DP095', 'advance MP095 refinement'], 'consultation add MP095 refinement 8 Dec 2026 5 Jan 2027', 'ok'],
  ['no refinement consultation in the Report Phase', ['convert DP095', 'advance MP095 report'], 'consultation add MP095 refinement 8 Dec 2026 5 Jan 2027', /Report Phase/],
  ['a consultation of 0 Working Days is refused', ['convert DP095', 'advance MP095 refinement'], 'consultation add MP095 refinement 7 Dec 2026 7 Dec 2026', /0 Working Days/],
  ['no decision while the MRC is open', ['convert DP095', 'advance MP095 report', 'consultation add MP095 report 7 Dec 2026 4 Jan 2027'], 'decide MP095 approved by Change Board', /closes on 4 Jan 2027/],
  // Fast-Track
  ['Fast-Track has no Refinement Process', ['convert DP095', 'proposal edit MP095 path Fast-Track'], 'advance MP095 refinement', /Fast-Track/],
  ['Fast-Track: the Panel decides straight after conversion', ['convert DP095', 'proposal edit MP095 path Fast-Track'], 'decide MP095 approved by Panel', 'ok'],
  ['Fast-Track: not the Change Board', ['convert DP095', 'proposal edit MP095 path Fast-Track'], 'decide MP095 approved by Change Board', /Panel decides/],
  // Decisions on MP167B (Self-Governance, MRC closed 7 Sep 2023, Feb 2024 release)
  ['the Change Board decides a Self-Governance MP', [], 'decide MP167B approved by Change Board', 'ok'],
  ['the Authority does not decide a Self-Governance MP', [], 'decide MP167B approved by Authority', /Change Board decides it/],
  ['a body that decides nothing, even as a correction', ['decide MP167B approved'], 'decide MP167B approved by OPSG correct "typo"', /does not decide/],
  ['a second decision contradicting the first', ['decide MP167B approved'], 'decide MP167B rejected', /already approved/],
  ['a wrong decision corrected', ['decide MP167B approved'], 'decide MP167B rejected correct "the minutes record a rejection"', 'ok'],
  ['an approved MP is not withdrawn', ['decide MP167B approved'], 'advance MP167B Withdrawn', /withdraws a proposal before the decision/],
  ['withdrawal before the decision', [], 'advance MP167B Withdrawn', 'ok'],
  ['a decision before the MRC closed (back-dated)', [], 'decide MP167B approved on 1 Sep 2023 correct "x"', /no decision on record/],
  ['a decision dated while the MRC was open', [], 'decide MP167B approved on 1 Sep 2023', /closes on 7 Sep 2023/],
  ['a rejected MP gets no report consultation', ['decide MP167B rejected'], 'consultation add MP167B report 8 Dec 2026 5 Jan 2027', /Rejected/],
  ['implementation needs an approval', [], 'advance MP167B Implemented', /approval/],
  ['implementation on the release\'s date', ['decide MP167B approved on 20 Sep 2023'], 'advance MP167B Implemented on 29 Feb 2024', 'ok'],
  ['implementation on another date needs a reason', ['decide MP167B approved on 20 Sep 2023'], 'advance MP167B Implemented on 4 Mar 2024', /off-cycle/],
  ['off-cycle implementation with its reason', ['decide MP167B approved on 20 Sep 2023'], 'advance MP167B Implemented on 4 Mar 2024 reason "off-cycle"', 'ok'],
  ['an implemented MP stays implemented', ['decide MP167B approved on 20 Sep 2023', 'advance MP167B Implemented on 29 Feb 2024'], 'advance MP167B report', /ended/],
  // Appeals
  ['an appeal of the Change Board\'s Self-Governance decision', ['decide MP167B approved'], 'appeal MP167B reason "a Party says the costs were not considered"', 'ok'],
  ['no appeal without a decision', [], 'appeal MP167B reason "x"', /no Change Board decision/],
  ['after an appeal the Authority decides', ['decide MP167B approved', 'appeal MP167B reason "grounds"'], 'decide MP167B rejected by Authority', 'ok'],
  ['after an appeal the Change Board does not decide again', ['decide MP167B approved', 'appeal MP167B reason "grounds"'], 'decide MP167B rejected by Change Board', /Authority decides it/],
  // Path 2: the Change Board recommends, the Authority decides
  ['Path 2: the Change Board\'s vote is a recommendation', ['proposal edit MP167B path 2'], 'decide MP167B approved by Change Board', 'ok'],
  ['Path 2: after the recommendation, the Authority decides', ['proposal edit MP167B path 2', 'decide MP167B approved by Change Board'], 'decide MP167B rejected by Authority', 'ok'],
  ['Path 2: no implementation on a recommendation alone', ['proposal edit MP167B path 2', 'decide MP167B approved by Change Board'], 'advance MP167B Implemented reason "off-cycle"', /Implemented follows an approval/],
  // Split parent and corrections of the past
  ['a split parent is not moved on', [], 'advance MP167 report', /split into MP167A and MP167B/],
  ['a correction re-dates a past entry', [], 'advance MP167B "Refinement Process" on 9 Sep 2022 correct "the split was a day later"', 'ok'],
  ['a correction cannot date a stage in the future', [], 'advance MP167B "Report Phase" on 1 Jan 2030 correct "typo"', /future/],
  ['a part of a split has no record before the split', [], 'correct MP167B "Report Phase" on 1 Sep 2022 reason "typo"', /part of MP167, split on 8 Sep 2022/],
  ['a send-back typed with a note says why', ['convert DP095', 'advance MP095 report'], 'advance MP095 refinement note "the Panel sent the report back"', 'ok'],
  ['retracting the approval brings the proposal back to the vote', ['decide MP167B approved'], 'retract MP167B decision reason "recorded on the wrong proposal"', 'ok'],
];

describe('the SEC process, replayed over the whole record', () => {
  it.each(CASES)('%s', async (_name, setup, line, expected) => {
    const b = bot();
    for (const s of setup) {
      const reply = await b.run(s);
      expect(reply.kind, `${s}: ${reply.title}`).toBe('success');
    }
    const before = b.store.read();
    const reply = await b.run(line);
    if (expected === 'ok') {
      expect(reply.kind, `${line}: ${reply.title} ${reply.text ?? ''}`).toBe('success');
      return;
    }
    expect(reply.kind, line).toBe('error');
    expect(`${reply.title} ${reply.text ?? ''}`).toMatch(expected);
    expect(b.store.read(), 'nothing was written').toBe(before);
  });
});
