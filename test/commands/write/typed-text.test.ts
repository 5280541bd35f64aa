import { describe, expect, it } from 'vitest';
import { expectRefused, writeBot } from './helpers';

/** Titles and texts as people type them: SEC-style quotes survive, option words never cut a title in half. */
describe('free text beside option words', () => {
  it.each([
    [`raise DP131 "Changes to Appendix R 'Common Testing Scenarios Document'"`, "Changes to Appendix R 'Common Testing Scenarios Document'"],
    ['raise DP131 Changes to Appendix R ‘Common Testing Scenarios Document’', 'Changes to Appendix R ‘Common Testing Scenarios Document’'],
    [`raise DP131 Changes to Appendix R 'Common Testing Scenarios Document'`, "Changes to Appendix R 'Common Testing Scenarios Document'"],
    ['raise DP131 “Changes to ‘Appendix R’”', 'Changes to ‘Appendix R’'],
    [`raise DP132 "DCC's alert routing"`, "DCC's alert routing"],
    [`raise DP132 'DCC's alert routing'`, "DCC's alert routing"],
    ["raise DP132 DCC's alert routing", "DCC's alert routing"],
    ['raise DP132 Suppliers’ alert routing', 'Suppliers’ alert routing'],
  ])('%s keeps the title whole', async (line, title) => {
    const bot = writeBot();
    const reply = await bot.run(line);
    expect(reply.title).toBe(`Raised ${line.split(' ')[1]}: ${title}`);
    expect(bot.store.read().proposals.find((p) => p.ref === line.split(' ')[1])!.title).toBe(title);
  });

  it.each([
    ['raise DP129 Review of proposer rights for small parties', '"proposer" is an option word', 'raise DP129 "Review of proposer rights for small parties"'],
    ['raise DP130 Changes to the summary table', '"summary" is an option word', 'raise DP130 "Changes to the summary table"'],
    ['raise DP137 Review of the lead analyst role', '"lead" is an option word', 'raise DP137 "Review of the lead analyst role"'],
    ['raise DP120 Faster outage alerts org "UK Power Networks"', '"org" is an option word', 'raise DP120 "Faster outage alerts" org "UK Power Networks"'],
    ['raise DP120 "Faster outage alerts" org UK Power Networks', "I can't tell where the title ends", 'raise DP120 "Faster outage alerts" org "UK Power Networks"'],
    ['raise DP120 "Title" summary The DCC cannot meet its obligation', "I can't tell where the title ends", 'raise DP120 "Title" summary "The DCC cannot meet its obligation"'],
    ['raise DP120 "Title" extra words', "I can't tell where the title ends", `raise DP120 '"Title" extra words'`],
    ['raise DP132 Changes to the summary', '"summary" needs a value.', 'raise DP132 "Changes to the summary"'],
    ['raise DP120 "T" proposer "A" proposer "B"', '"proposer" is given twice.', 'Usage: raise DPnnn'],
    ['action add CSC SECAS Send the results due 10 Sep 2023', '"due" is an option word', 'action add CSC SECAS "Send the results" due 10 Sep 2023'],
    ['action add SMKI PMA DCC Check the keys meeting 3', '"meeting" is an option word', 'action add SMKI PMA DCC "Check the keys meeting 3"'],
  ])('%s is refused with the quoted form, nothing saved', (line, message, hint) => expectRefused(line, message, hint));

  it('takes the options once the title is quoted, in any order', async () => {
    const bot = writeBot();
    const reply = await bot.run('raise DP129 org=Ofgem "Review of proposer rights for small parties" proposer "Ada Lovelace" --category "Small Supplier"');
    expect(reply.title).toBe('Raised DP129: Review of proposer rights for small parties');
    expect(bot.store.read().proposals.find((p) => p.ref === 'DP129')!.proposer).toEqual({ name: 'Ada Lovelace', organisation: 'Ofgem', category: 'Small Supplier' });
  });

  it('a quoted option word is text', async () => {
    const bot = writeBot();
    expect((await bot.run('raise DP129 "summary"')).title).toBe('Raised DP129: summary');
  });
});
