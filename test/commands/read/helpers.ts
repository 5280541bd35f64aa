import type { Caller } from '../../../src/core/caller';
import type { Reply } from '../../../src/core/reply';
import { renderText } from '../../../src/core/render-text';

export const mari: Caller = { platform: 'slack', id: 'U_MARI', name: 'mari' };
export const jordan: Caller = { platform: 'slack', id: 'U_JORDAN', name: 'jordan' };
export const newcomer: Caller = { platform: 'slack', id: 'U_NEW', name: 'newcomer' };

/** The value of a field, wherever it is in the reply. */
export function field(reply: Reply, label: string): string | undefined {
  const all = [...(reply.fields ?? []), ...(reply.sections ?? []).flatMap((s) => s.fields ?? [])];
  return all.find((f) => f.label === label)?.value;
}

export function section(reply: Reply, titleStart: string): string[] {
  return reply.sections?.find((s) => s.title?.startsWith(titleStart))?.items ?? [];
}

/** Every line of text a user would read: items, section texts, fields, context. */
export function text(reply: Reply): string {
  return renderText(reply);
}

export function buttonCommands(reply: Reply): string[] {
  return [...(reply.buttons ?? []), ...(reply.sections ?? []).flatMap((s) => s.buttons ?? [])].map((b) => b.command);
}
