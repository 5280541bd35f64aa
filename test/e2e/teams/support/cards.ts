import type { ConnectorCall } from './fake-connector';

export type Card = { type: string; version: string; body: any[]; actions?: any[]; refresh?: any };

/** The Adaptive Card a connector call carried (first attachment). */
export function cardOf(call: ConnectorCall | undefined): Card {
  const attachment = call?.body?.attachments?.[0];
  if (attachment?.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error(`not a card: ${JSON.stringify(call?.body).slice(0, 300)}`);
  return attachment.content as Card;
}

/** Every piece of text a reader sees: text blocks and "Label: value" facts, in order. */
export function cardLines(card: Card): string[] {
  const lines: string[] = [];
  const walk = (elements: any[]) => {
    for (const el of elements ?? []) {
      if (el.type === 'TextBlock') lines.push(...unescape(String(el.text)).split('\r'));
      if (el.type === 'FactSet') lines.push(...el.facts.map((f: any) => `${unescape(f.title)}: ${unescape(f.value)}`));
      if (el.type === 'Container') walk(el.items);
    }
  };
  walk(card.body);
  return lines;
}

/** What Teams shows for escaped markdown: the character after each backslash. */
export function unescape(markdown: string): string {
  return markdown.replace(/\\(.)/g, '$1');
}

export interface FoundButton {
  title: string;
  type: string;
  verb?: string;
  data: any;
  /** The confirmation text when the button first opens a "Yes, …" card. */
  confirm?: string;
}

/** Submit buttons anywhere in the card (card actions, ActionSets, inside confirmation ShowCards). */
export function cardButtons(card: Card): FoundButton[] {
  const found: FoundButton[] = [];
  const visit = (actions: any[] | undefined, confirm?: string) => {
    for (const a of actions ?? []) {
      if (a.type === 'Action.Submit' || a.type === 'Action.Execute') found.push({ title: a.title, type: a.type, ...(a.verb ? { verb: a.verb } : {}), data: a.data, ...(confirm ? { confirm } : {}) });
      if (a.type === 'Action.ShowCard') visit(a.card.actions, a.card.body?.[0]?.text && unescape(a.card.body[0].text));
    }
  };
  visit(card.actions);
  for (const el of card.body) if (el.type === 'ActionSet') visit(el.actions);
  return found;
}

/** A button by its title ("Share in channel", "Show my answer", "Back"). */
export function buttonTitled(card: Card, title: string): FoundButton {
  const button = cardButtons(card).find((b) => b.title === title);
  if (!button) throw new Error(`no button "${title}" in ${JSON.stringify(cardButtons(card).map((b) => b.title))}`);
  return button;
}

/** The card an invoke answered with (adaptiveCard/action response). */
export function invokeCard(response: { status: number; body: any }): Card {
  if (response.status !== 200 || response.body?.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`not a card response: ${JSON.stringify(response).slice(0, 300)}`);
  return response.body.value as Card;
}

export function buttonFor(card: Card, command: RegExp): FoundButton {
  const button = cardButtons(card).find((b) => command.test(b.data.command));
  if (!button) throw new Error(`no button matching ${command} in ${JSON.stringify(cardButtons(card))}`);
  return button;
}
