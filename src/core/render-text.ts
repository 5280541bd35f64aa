import type { Reply, ReplyButton, ReplyField, ReplySection } from './reply';

const MARK: Record<Reply['kind'], string> = { info: '', success: '✓ ', warning: '! ', error: '✗ ', help: '' };

/** Plain-text rendering for the console, the CLI and logs. Lists are never cut. */
export function renderText(reply: Reply): string {
  const lines: string[] = [`${MARK[reply.kind]}${reply.title}`];
  if (reply.text) lines.push(reply.text);
  lines.push(...renderFields(reply.fields));
  for (const section of reply.sections ?? []) lines.push(...renderSection(section));
  lines.push(...renderButtons(reply.buttons));
  for (const note of reply.context ?? []) lines.push(`  ${note}`);
  return lines.join('\n');
}

function renderFields(fields: ReplyField[] | undefined): string[] {
  if (!fields?.length) return [];
  const width = Math.min(24, Math.max(...fields.map((f) => f.label.length)));
  return fields.map((f) => `  ${(f.label + ':').padEnd(width + 1)} ${f.value}`);
}

function renderSection(section: ReplySection): string[] {
  const lines = [''];
  if (section.title) lines.push(section.title);
  if (section.text) lines.push(`  ${section.text}`);
  lines.push(...renderFields(section.fields));
  for (const item of section.items ?? []) lines.push(`  • ${item}`);
  lines.push(...renderButtons(section.buttons));
  return lines;
}

function renderButtons(buttons: ReplyButton[] | undefined): string[] {
  if (!buttons?.length) return [];
  return [`  Next: ${buttons.map((b) => (b.label.includes(b.command) ? `[${b.command}]` : `[${b.label}: ${b.command}]`)).join('  ')}`];
}
