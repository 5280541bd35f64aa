/** Every string under a `text` key of a Slack payload that is mrkdwn (not plain_text), anywhere in it. */
export function slackTexts(value: unknown, out: string[] = [], parentType?: string): string[] {
  if (Array.isArray(value)) value.forEach((v) => slackTexts(v, out, parentType));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    for (const [key, v] of Object.entries(obj)) {
      if (key === 'text' && typeof v === 'string' && obj.type !== 'plain_text') out.push(v);
      else slackTexts(v, out, typeof obj.type === 'string' ? obj.type : parentType);
    }
  }
  return out;
}

/** Live Slack markup that user text could smuggle in: special mentions, user mentions (but our own "Shared by"), links. */
export function slackMentions(payloads: unknown): string[] {
  return slackTexts(payloads).filter((t) => /<[!#]|<@(?!U_GEMMA>)|<https?:|<mailto:/i.test(t));
}

/** TextBlock texts and fact titles/values of Teams activities (cards anywhere in them). */
export function teamsTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => teamsTexts(v, out));
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (obj.type === 'TextBlock' && typeof obj.text === 'string') out.push(obj.text);
    if (obj.type === 'FactSet' && Array.isArray(obj.facts)) for (const f of obj.facts as { title: string; value: string }[]) out.push(f.title, f.value);
    for (const v of Object.values(obj)) teamsTexts(v, out);
  }
  return out;
}

/** Markdown a hostile string could turn into links or emphasis: an unescaped [ ] * _ ` or <. */
export function teamsMarkup(payloads: unknown): string[] {
  return teamsTexts(payloads).filter((t) => /(^|[^\\])(\[|\]\(|\*\*|<|`)/.test(t.replace(/\\\\/g, '')) || /(^|[^\\\w])_\w/.test(t));
}
