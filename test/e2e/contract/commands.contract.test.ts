import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startContractEnv, type ContractEnv, type Who } from './support/contract-env';
import { asConsoleSees, factsFromConsole, factsFromSlack, factsFromTeams, type Facts, type Tone } from './support/facts';

interface Row {
  line: string;
  who?: Who;
  /** Why the console cannot run this row (it is always the operator, who has change-team rights). */
  notOnConsole?: string;
  /** Anchors, so three equally wrong answers (say, three "Something went wrong") cannot pass. */
  tone: Tone;
  title: RegExp;
  shows?: string[];
  buttons?: string[];
}

const OPERATOR_ONLY = 'the console caller is the operator, who may change data';

const TABLE: Row[] = [
  { line: 'status DP096', tone: 'plain', title: /^DP096 — DNO Power Outage Alerts$/, shows: ['Stage: Development Stage — at least 1,274 days (first seen 25 Feb 2020 in CSC 12_2502 minutes)', 'Open actions (2)'], buttons: ['history DP096'] },
  { line: 'status mp-167b', tone: 'plain', title: /^MP167B — /, shows: ['Path: Path 3: Self-Governance', 'Next milestone: Modification Report Consultation closes — 7 Sep 2023 17:00 (in 11 Working Days)'], buttons: ['advance MP167B "Change Board"'] },
  { line: 'status dp96', tone: 'plain', title: /^DP096 — / },
  { line: 'actions open', tone: 'plain', title: /^2 open actions$/, buttons: ['action close "CSC 10/01"', 'action snooze "CSC 10/01" 1d', 'action close "CSC 12/01"', 'action snooze "CSC 12/01" 1d'] },
  { line: 'actions overdue', tone: 'plain', title: /^No overdue actions$/ },
  { line: 'action CSC 12/01', tone: 'plain', title: /^Action CSC 12\/01$/, shows: ['Owner: SECAS — organisation; contacts: Bradley Baker (SECAS)', '• none yet'], buttons: ['action close "CSC 12/01"', 'history "CSC 12/01"'] },
  { line: 'consultations all', tone: 'plain', title: /^2 consultations$/, shows: ['• MP167B Review of SEC documents (DCC systems change governance): Modification Report Consultation · 16 Aug 2023 – 7 Sep 2023 17:00 · 11 Working Days left'] },
  { line: 'list', tone: 'plain', title: /^21 proposals in progress$/, shows: ['• DP096 DNO Power Outage Alerts — Development Stage', 'showing 20 of 21 — add `page 2`'] },
  { line: 'search alerts', tone: 'plain', title: /^Proposals matching "alerts"$/, shows: ['• DP090 Incorporation of Non GBCS Non-Mandated Alerts into the SEC — Development Stage'] },
  { line: 'history DP096', tone: 'plain', title: /^History of DP096/ },
  { line: 'help', tone: 'plain', title: /^secbot: what I can do$/, shows: ['Actions'] },
  { line: 'help status', tone: 'plain', title: /^status$/, shows: ['Usage: status REF', 'Who: everyone', '• status mp167b'], buttons: ['status DP096'] },
  { line: 'status DP999', tone: 'error', title: /^No proposal DP999\. Did you mean DP089, DP090 or DP091\?$/, shows: ['Find one with `search WORDS` or `list all`.'] },
  { line: 'frobnicate DP096', tone: 'error', title: /^I don't know the command "frobnicate"\.$/, shows: ['Type "help" for the list of commands, or "help status" for one.'] },
  { line: 'advance DP096 refinement', who: 'non-member', notOnConsole: OPERATOR_ONLY, tone: 'error', title: /^You can't run "advance": Only the SEC change team can change data/ },
  { line: 'action close CSC 12/01', who: 'non-member', notOnConsole: OPERATOR_ONLY, tone: 'error', title: /^You can't run "action close": Only the SEC change team can change data/, shows: ["The action's owner (SECAS: Bradley Baker) may also close CSC 12/01: if that is you, link your chat account first, e.g. link \"Your Name\"."] },
  { line: 'action snooze CSC 10/01 1w', who: 'non-owner', notOnConsole: OPERATOR_ONLY, tone: 'error', title: /^Only the change team or the action's owner \(DCC: Mari Toda\) can snooze CSC 10\/01\.$/, shows: ['You are linked as Tom Rothery. If CSC 10/01 should be yours, ask the change team to reassign it.'] },
];

describe('the same commands carry the same facts on the console, Slack and Teams', () => {
  let env: ContractEnv;
  beforeAll(async () => {
    env = await startContractEnv();
  }, 30_000);
  afterAll(() => env?.close());

  it.each(TABLE)('$line', async (row) => {
    const who = row.who ?? 'member';
    const before = await readFile(env.store.file, 'utf8');
    const slack = factsFromSlack(await env.slack(row.line, who));
    const cards = await env.teams(row.line, who);
    expect(cards).toHaveLength(1);
    const teams = factsFromTeams(cards[0]!);

    expect(teams).toEqual(slack);
    if (!row.notOnConsole) expect(factsFromConsole(await env.console(row.line))).toEqual(asConsoleSees(slack));
    expectAnchors(slack, row);
    expect(await readFile(env.store.file, 'utf8')).toBe(before);
  });
});

function expectAnchors(facts: Facts, row: Row): void {
  expect(facts.tone).toBe(row.tone);
  expect(facts.title).toMatch(row.title);
  for (const line of row.shows ?? []) expect(facts.lines).toContain(line);
  const commands = facts.buttons.map((b) => b.command);
  for (const command of row.buttons ?? []) expect(commands).toContain(command);
}
