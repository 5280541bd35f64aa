import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyStore } from '../../../storage/schema';
import { BOB, cardAction, extensionLink, extensionQuery } from './support/activities';
import { buttonFor, cardLines, invokeCard } from './support/cards';
import { teamsFixtureData } from './support/fixture-store';
import { startTeamsBot, type TeamsHarness } from './support/start-teams-bot';

describe('Teams: the search message extension finds proposals and unfurls SECAS links', () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    const data = teamsFixtureData();
    data.proposals.push({ ...data.proposals[0]!, ref: 'MP167B', title: 'Smart meter install notifications', summary: 'Notify suppliers of installs.', stage: 'Report Phase', raisedOn: '2021-05-01' });
    h = await startTeamsBot({ data: { ...emptyStore(), ...data } });
  });
  afterAll(() => h.close());
  beforeEach(() => void (h.connector.calls.length = 0));

  const expectResult = (body: any) => {
    expect(body).toMatchObject({ composeExtension: { type: 'result', attachmentLayout: 'list' } });
    return body.composeExtension.attachments as any[];
  };

  it('"DP096" in the compose box → one status card with a preview', async () => {
    const response = await h.post(extensionQuery(h.connector.url, 'DP096'));
    expect(response.status).toBe(200);
    const [item, ...rest] = expectResult(response.body);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      contentType: 'application/vnd.microsoft.card.adaptive',
      preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: 'DP096 — DNO Power Outage Alerts', text: 'Development Stage' } },
    });
    expect(cardLines(item.content)[0]).toBe('DP096 — DNO Power Outage Alerts');
    expect(cardLines(item.content)).toContainEqual(expect.stringMatching(/^Stage: Development Stage/));
  });

  it('words find proposals by title and summary', async () => {
    const titles = expectResult((await h.post(extensionQuery(h.connector.url, 'install notifications'))).body).map((a) => a.preview.content.title);
    expect(titles).toEqual(['MP167B — Smart meter install notifications']);
    expect(expectResult((await h.post(extensionQuery(h.connector.url, 'zebra crossing'))).body)).toEqual([]);
  });

  it("the inserted card's button answers only the person who presses it", async () => {
    const [item] = expectResult((await h.post(extensionQuery(h.connector.url, 'DP096'))).body);
    const full = buttonFor(item.content, /^status DP096/);
    const answer = invokeCard(await h.post(cardAction(h.connector.url, full.data, 'msg-from-user', { from: BOB })));
    expect(cardLines(answer)).toContain('Only you can see this answer.');
    expect(h.connector.calls).toEqual([]);
  });

  it.each([
    ['https://smartenergycodecompany.co.uk/modifications/mp167b/', 'MP167B — Smart meter install notifications'],
    ['https://smartenergycodecompany.co.uk/draft-proposals/dp096-dno-power-outage-alerts/', 'DP096 — DNO Power Outage Alerts'],
  ])('a pasted SECAS link %s unfurls to the same card', async (url, title) => {
    const [item, ...rest] = expectResult((await h.post(extensionLink(h.connector.url, url))).body);
    expect(rest).toEqual([]);
    expect(item.preview.content.title).toBe(title);
    expect(cardLines(item.content)[0]).toBe(title);
  });

  it.each([
    'https://example.com/modifications/mp167b/',
    'https://smartenergycodecompany.co.uk/modifications/mp999/',
    'not a url',
  ])('no card for %s', async (url) => {
    expect(expectResult((await h.post(extensionLink(h.connector.url, url))).body)).toEqual([]);
  });
});
