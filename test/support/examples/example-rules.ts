import { join } from 'node:path';

/**
 * The reviewed exceptions of the examples test. Everything not named here runs as written on its own fresh
 * demo store and must succeed. Each entry must still match an example (the test fails on a stale one).
 */
const repo = join(import.meta.dirname, '..', '..', '..');
const seeds = join(repo, 'test/import/fixtures/seeds');
const MINUTES = join(seeds, 'CSC_12_2502-minutes.txt');
const PAPER = join(seeds, 'OPSG_26_0511_16-new-draft-proposals.txt');

/** Examples that cannot run on the command line at all, and why. Keep this short and honest. */
export const SKIPPED: Record<string, string> = {
  'settings': 'a Slack channel setting: the command line is not a channel (it answers so, exit 1)',
  'settings unfurl on': 'a Slack channel setting: the command line is not a channel',
  'settings unfurl off': 'a Slack channel setting: the command line is not a channel',
  'subscribe OPSG TABASC events new-dp,digest': 'subscribes the chat channel it is typed in (the email form `… to ADDRESS` runs)',
  'subscribe CSC': 'subscribes the chat channel it is typed in',
  'subscribe all events new-dp': 'subscribes the chat channel it is typed in',
  'unsubscribe': 'unsubscribes the chat channel it is typed in',
  'unsubscribe OPSG': 'unsubscribes the chat channel it is typed in',
  'unsubscribe TABASC events stage': 'unsubscribes the chat channel it is typed in',
  'unsubscribe CSC events stage': 'unsubscribes the chat channel it is typed in',
  'import apply imp-1a2b3c4d': 'the Apply button of a chat import preview: the id lives 60 minutes in the running bot',
  'import discard imp-1a2b3c4d': 'the Discard button of a chat import preview: the id lives 60 minutes in the running bot',
  'import https://smartenergycodecompany.co.uk/latest-news/… --dry-run': 'downloads from the SECAS website; no test reaches the internet (test/cli/import-url.test.ts runs it on loopback)',
};

/** Examples run in an equivalent form: a placeholder name, or a file the repo does not have. */
export const EQUIVALENT: Record<string, { run: string[]; why: string }> = {
  'link "Your Name"': { run: ['link "Gemma Slaney"'], why: '"Your Name" stands for the reader\'s own name' },
  'import minutes.docx paper.pdf --dry-run': { run: ['init', `import ${MINUTES} ${PAPER} --dry-run`], why: 'the seed documents in test/import/fixtures/seeds, on a new empty store' },
  'import minutes.docx paper.pdf': { run: ['init', `import ${MINUTES} ${PAPER}`], why: 'the seed documents in test/import/fixtures/seeds, on a new empty store' },
};

/**
 * Steps an example needs first, on the same store, when its text does not say them (the README may write
 * "after `A`, `B`" instead). The command line acts as Gemma Slaney once linked, as the README explains.
 */
export const PREREQUISITES: Record<string, string[]> = {
  'actions mine': ['link "Gemma Slaney"'],
  'reminders': ['link "Gemma Slaney"'],
  'reminders email': ['link "Gemma Slaney"'],
  'reminders both': ['link "Gemma Slaney"'],
  'reminders default': ['link "Gemma Slaney"'],
  'undo': ['action close CSC 12/01 Meeting held'],
  'advance MP095 Refinement Process on 28 Jun 2023 note Panel agreed the route': ['convert DP095 on 25 Feb 2020'],
  'advance MP167B "Change Board" on 20 Sep 2023 correct "the vote was on the 20th"': ['advance MP167B "Change Board" on 19 Sep 2023'],
  'decide MP167B rejected correct "the minutes record a rejection"': ['decide MP167B approved on 20 Sep 2023'],
  'appeal MP167B on 20 Oct 2023 reason "a Party says the Change Board did not consider the DCC costs"': ['decide MP167B approved by Change Board on 20 Sep 2023'],
  'consultation add MP114 report 16 Aug 2023 7 Sep 2023 url https://smartenergycodecompany.co.uk/consultations/': ['convert DP114 on 2 Mar 2020'],
  'person update "Jane Doe" org DCC': ['person add "Jane Doe" org "British Gas"'],
  'person remove "Jane Doe"': ['person add "Jane Doe" org "British Gas"'],
  'unsubscribe CSC to csc-list@example.org': ['subscribe CSC events consultation,digest to csc-list@example.org'],
};

/** Examples that show a refusal on purpose: each must exit 1 with this text (the README quotes it). */
export const REFUSED: Record<string, string> = {
  'status DP999': 'No proposal DP999. Did you mean DP089, DP090 or DP091?',
  'status DP098': 'Did you mean DP096, DP100 or DP095?',
  'raise DP120 Faster outage alerts org "UK Power Networks"': 'I can\'t tell where the title ends',
  'raise DP129 Review of proposer rights for small parties': 'Nothing was saved',
  'person add Jane Smith org British Gas': 'person add "Jane Smith" org "British Gas"',
  'advance DP096 refinment': 'Did you mean Refinement Process?',
  'action due CSC 12/01 25 Dec 2023': 'is not a Working Day (Christmas Day, a bank holiday). The nearest Working Days are Fri 22 Dec 2023 and Wed 27 Dec 2023',
  'advance DP096 Implemented correct "…"': 'Nothing was saved',
  '--as "Mari Toda" action close "CSC 12/01"': 'CSC 12/01',
};

/** Examples that need a delivery channel configured: they run with the test's SMTP server on loopback. */
export const NEEDS_SMTP = new Set(['remind run']);

/** Command-line-only commands, with their usage (for telling a bare mention from an example). */
export const CLI_USAGE: Record<string, string> = {
  'init': 'init [--demo] [--force]',
  'restore': 'restore [BACKUP]',
  'import': 'import FILE…',
  'directory import': 'directory import FILE',
  'directory export': 'directory export',
  'calendar export': 'calendar export [mine --as NAME|committee C|all]',
};

/** Placeholder words of usage lines (case matters: `TO` is one, `to` is a keyword). */
const PLACEHOLDERS = new Set(['REF', 'STAGE', 'DATE', 'NAME', 'FILE', 'FILE.csv', 'URL', 'TEXT', 'WHY', 'BODY', 'COMMITTEE', 'OWNER', 'KIND', 'ID', 'FIELD', 'VALUE', 'VALUE…', 'ORG', 'PERSON', 'ENTRY', 'GROUNDS', 'REASON', 'ADDRESS', 'CATEGORY', 'WORDS', 'COMMAND', 'DPnnn', 'FROM', 'TO', '…']);
const QUOTED_PLACEHOLDERS = /"(Title|Name|text|Org|Organisation|WHY|REASON|GROUNDS|NAME|\.\.\.)"/;

/** A usage line, not an example: it has [options], a|b choices, … or placeholder words outside quotes. */
export function isUsage(line: string): boolean {
  if (QUOTED_PLACEHOLDERS.test(line)) return true;
  const bare = line.replace(/"[^"]*"|“[^”]*”/g, '""');
  if (/[[\]<>|]|\.\.\./.test(bare)) return true;
  return bare.split(/\s+/).some((w) => PLACEHOLDERS.has(w.replace(/[,.;:]$/, '')));
}
