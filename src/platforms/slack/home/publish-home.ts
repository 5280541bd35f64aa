import type { types, webApi } from '@slack/bolt';
import type { Reply } from '../../../core/reply';
import { homeViewSchema, type SlackBlock, type SlackHomeView } from '../render/block-limits';
import { toBlocks } from '../render/to-blocks';
import type { SlackRuntime } from '../runtime';
import { closingBlocks, myActionsBlocks, recentBlocks, type HomeData } from './home-sections';

const BANNER_BLOCKS = 30;

/** The App Home tab; `banner` is the answer to a button pressed on it, shown at the top. */
export function toHomeView(home: HomeData, banner?: Reply): SlackHomeView {
  const title = (text: string): SlackBlock[] => [{ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text } }];
  const bannerBlocks = banner ? toBlocks(banner)[0]!.blocks.slice(0, BANNER_BLOCKS) : [];
  return homeViewSchema.parse({
    type: 'home',
    blocks: [
      ...bannerBlocks,
      ...title('My open actions'),
      ...myActionsBlocks(home),
      ...title('Consultations closing in the next 10 Working Days'),
      ...closingBlocks(home),
      ...title('Recently raised DPs'),
      ...recentBlocks(home),
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Type /sec help in any channel for every command.' }] },
    ],
  });
}

export async function publishHome(client: webApi.WebClient, rt: SlackRuntime, userId: string, banner?: Reply): Promise<void> {
  const { store, clock, calendar } = rt.deps;
  const view = toHomeView({ data: store.read(), userId, now: clock.now(), calendar }, banner);
  await client.views.publish({ user_id: userId, view: view as types.HomeView });
}
