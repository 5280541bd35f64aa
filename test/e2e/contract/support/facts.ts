import { cardLines, unescape, type Card } from '../../teams/support/cards';

export type Tone = 'plain' | 'success' | 'warning' | 'error';

export interface Button {
  /** null: the console shows only the command, because the label already contains it. */
  label: string | null;
  command: string;
  /** The "are you sure?" text; the console has none. */
  confirm?: string;
}

/** What a reader can learn from one answer, whatever the platform drew it with. */
export interface Facts {
  tone: Tone;
  title: string;
  /** Text, "Label: value" fields, section titles, "• item" list items and small print, in reading order. */
  lines: string[];
  /** Section buttons in order, then the reply's own buttons. */
  buttons: Button[];
  /** "Label: value" of the fields drawn as fields (Slack field sections, Teams FactSets); the console draws them as lines. */
  fields?: string[];
}

const MARKS: Record<'console' | 'slack' | 'teams', [string, Tone][]> = {
  console: [['✓ ', 'success'], ['! ', 'warning'], ['✗ ', 'error']],
  slack: [['✅ ', 'success'], ['⚠️ ', 'warning'], ['❌ ', 'error']],
  teams: [['✓ ', 'success'], ['⚠ ', 'warning'], ['✗ ', 'error']],
};

/** Whitespace is layout (the console pads field labels), not a fact. */
const tidy = (line: string) => line.replace(/\s+/g, ' ').trim();
const unescapeMrkdwn = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function toneAndTitle(platform: keyof typeof MARKS, header: string): Pick<Facts, 'tone' | 'title'> {
  const mark = MARKS[platform].find(([m]) => header.startsWith(m));
  return mark ? { tone: mark[1], title: tidy(header.slice(mark[0].length)) } : { tone: 'plain', title: tidy(header) };
}

function pushLines(lines: string[], text: string): void {
  lines.push(...text.split(/\r?\n|\r/).map(tidy).filter(Boolean));
}

/** renderText output as the console prints it (the echoed "secbot> command" line already removed). */
export function factsFromConsole(text: string): Facts {
  const [header = '', ...rest] = text.split('\n');
  const lines: string[] = [];
  const buttons: Button[] = [];
  for (const line of rest) {
    if (line.startsWith('  Next: ')) buttons.push(...[...line.matchAll(/\[([^\]]*)\]/g)].map((m) => consoleButton(m[1]!)));
    else if (line.startsWith('  • ')) lines.push(`• ${tidy(line.slice(4))}`);
    else pushLines(lines, line);
  }
  return { ...toneAndTitle('console', header), lines, buttons };
}

function consoleButton(text: string): Button {
  const at = text.indexOf(': ');
  return at < 0 ? { label: null, command: text } : { label: text.slice(0, at), command: text.slice(at + 2) };
}

/** One Block Kit message: header, mrkdwn sections ("*Title*", "*Label*\nvalue", "• item"), actions, context. */
export function factsFromSlack(message: { blocks: any[] }): Facts {
  const [header, ...blocks] = message.blocks;
  if (header?.type !== 'header') throw new Error(`Slack message does not start with a header: ${JSON.stringify(header)}`);
  const lines: string[] = [];
  const buttons: Button[] = [];
  const fields: string[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.text) {
      const bold = /^\*([^*\n]+)\*$/.exec(block.text.text);
      pushLines(lines, unescapeMrkdwn(bold ? bold[1]! : block.text.text));
    } else if (block.type === 'section') {
      const texts = block.fields.map((f: any) => unescapeMrkdwn(String(f.text).replace(/^\*([^*\n]+)\*\n/, '$1: ')));
      for (const text of texts) pushLines(lines, text);
      fields.push(...texts.map(tidy));
    } else if (block.type === 'actions') {
      for (const el of block.elements) if (el.action_id !== 'sec-share') buttons.push(slackButton(el));
    } else if (block.type === 'context') {
      for (const el of block.elements) pushLines(lines, unescapeMrkdwn(el.text));
    } else throw new Error(`unexpected Slack block ${block.type}`);
  }
  return { ...toneAndTitle('slack', header.text.text), lines, buttons, fields };
}

function slackButton(el: any): Button {
  return { label: el.text.text, command: el.value, ...(el.confirm ? { confirm: el.confirm.text.text } : {}) };
}

/** One Adaptive Card: its text and facts as cardLines reads them ("- " is Teams' bullet), then its buttons. */
export function factsFromTeams(card: Card): Facts {
  const [header = '', ...rest] = cardLines(card);
  const lines: string[] = [];
  for (const line of rest) pushLines(lines, line.startsWith('- ') ? `• ${line.slice(2)}` : line);
  const buttons: Button[] = [];
  for (const el of card.body) if (el.type === 'ActionSet') buttons.push(...el.actions.map(teamsButton));
  buttons.push(...(card.actions ?? []).map(teamsButton));
  return { ...toneAndTitle('teams', header), lines, buttons, fields: factsOf(card.body) };
}

function factsOf(elements: any[]): string[] {
  return elements.flatMap((el) =>
    el.type === 'FactSet' ? el.facts.map((f: any) => tidy(`${unescape(f.title)}: ${unescape(f.value)}`)) : el.type === 'Container' ? factsOf(el.items) : [],
  );
}

function teamsButton(action: any): Button {
  if (action.type === 'Action.Submit' || action.type === 'Action.Execute') return { label: action.title, command: action.data.command };
  if (action.type !== 'Action.ShowCard') throw new Error(`unexpected card action ${action.type}`);
  const submit = action.card.actions[0];
  return { label: action.title, command: submit.data.command, confirm: unescape(action.card.body[0].text) };
}

/** What the console can show of a chat answer: no confirmations, and no label that merely repeats the command. */
export function asConsoleSees({ fields: _drawnAsLines, ...facts }: Facts): Facts {
  return {
    ...facts,
    buttons: facts.buttons.map(({ label, command }) => ({ label: label === null || label.includes(command) ? null : label, command })),
  };
}
