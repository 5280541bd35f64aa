import type { Proposal } from '../../../../storage/schema';
import type { MessageDeps } from '../handle-message';
import type { TeamsTurn } from '../teams-turn';
import type { AdaptiveCard } from '../to-adaptive-card';
import { ADAPTIVE_CARD_TYPE } from '../to-card-activity';
import { toCaller } from '../to-invocation';
import { toCompactCard } from './to-compact-card';
import { findForLink, findForQuery } from './find-proposals';

const THUMBNAIL_TYPE = 'application/vnd.microsoft.card.thumbnail';

export interface ExtensionAttachment {
  contentType: typeof ADAPTIVE_CARD_TYPE;
  content: AdaptiveCard;
  preview: { contentType: typeof THUMBNAIL_TYPE; content: { title: string; text: string } };
}

export interface ExtensionResponse {
  composeExtension: { type: 'result'; attachmentLayout: 'list'; attachments: ExtensionAttachment[] };
}

interface QueryValue {
  parameters?: { name?: string; value?: unknown }[];
}

/** composeExtension/query: "DP096" or words in the compose box → status cards to insert. */
export async function handleSearchQuery(turn: TeamsTurn, deps: MessageDeps): Promise<ExtensionResponse> {
  const params = (turn.activity.value as QueryValue | undefined)?.parameters ?? [];
  // Opening the search (manifest initialRun) sends only {name: 'initialRun', value: 'true'}: no words yet.
  const param = params.find((p) => p.name === 'query') ?? params.find((p) => p.name !== 'initialRun');
  const text = typeof param?.value === 'string' ? param.value.slice(0, 200) : '';
  const found = findForQuery(deps.store.read(), text);
  return result(await Promise.all(found.map((p) => attachmentFor(turn, deps, p))));
}

/** composeExtension/queryLink: a SECAS modification page pasted in a message → the same card (unfurl). */
export async function handleSearchLink(turn: TeamsTurn, deps: MessageDeps): Promise<ExtensionResponse> {
  const url = (turn.activity.value as { url?: unknown } | undefined)?.url;
  const proposal = typeof url === 'string' ? findForLink(deps.store.read(), url) : undefined;
  return result(proposal ? [await attachmentFor(turn, deps, proposal)] : []);
}

async function attachmentFor(turn: TeamsTurn, deps: MessageDeps, proposal: Proposal): Promise<ExtensionAttachment> {
  const reply = await deps.dispatch({ text: `status ${proposal.ref}`, caller: toCaller(turn.activity) });
  return {
    contentType: ADAPTIVE_CARD_TYPE,
    content: toCompactCard(reply, `status ${proposal.ref}`, deps.signer),
    preview: { contentType: THUMBNAIL_TYPE, content: { title: `${proposal.ref} — ${proposal.title}`.slice(0, 200), text: proposal.stage ?? 'Stage not stated' } },
  };
}

function result(attachments: ExtensionAttachment[]): ExtensionResponse {
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
