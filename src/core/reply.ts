/** The platform-neutral answer every command returns; renderers turn it into Block Kit, Adaptive Cards or text. */
export type ReplyKind = 'info' | 'success' | 'warning' | 'error' | 'help';

export interface ReplyField {
  label: string;
  value: string;
}

/** A button re-enters the same dispatch as the person who clicks it: `command` is a command line. */
export interface ReplyButton {
  label: string;
  /** Stable id for the kind of action, e.g. `action.close`; platforms use it as their action id. */
  actionId: string;
  /** The command line dispatched when clicked, e.g. `action close "CSC 12/01"`. */
  command: string;
  style?: 'primary' | 'danger';
  /** Ask for confirmation with this text before running. */
  confirm?: string;
}

export interface ReplySection {
  title?: string;
  text?: string;
  fields?: ReplyField[];
  /** Bullet lines. Long lists are paginated by renderers, never cut silently. */
  items?: string[];
  buttons?: ReplyButton[];
}

export interface Reply {
  kind: ReplyKind;
  title: string;
  text?: string;
  fields?: ReplyField[];
  sections?: ReplySection[];
  buttons?: ReplyButton[];
  /** Small print: sources, hints, "showing 10 of 42". */
  context?: string[];
  /** Meant for the asker alone (it holds private links): platforms offer no "Share in channel". */
  personal?: boolean;
}

/** Roughly how much text a reply holds (characters), to bound caches of answers by size, not only by count. */
export function replyChars(reply: Reply): number {
  const fields = (list?: ReplyField[]) => (list ?? []).reduce((n, f) => n + f.label.length + f.value.length, 0);
  const buttons = (list?: ReplyButton[]) => (list ?? []).reduce((n, b) => n + b.label.length + b.command.length, 0);
  const lines = (list?: string[]) => (list ?? []).reduce((n, line) => n + line.length, 0);
  const sections = (reply.sections ?? []).reduce((n, s) => n + (s.title?.length ?? 0) + (s.text?.length ?? 0) + fields(s.fields) + lines(s.items) + buttons(s.buttons), 0);
  return reply.title.length + (reply.text?.length ?? 0) + fields(reply.fields) + buttons(reply.buttons) + lines(reply.context) + sections;
}

export function errorReply(message: string, hint?: string): Reply {
  return { kind: 'error', title: message, ...(hint ? { context: [hint] } : {}) };
}
