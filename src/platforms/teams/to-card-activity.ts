import type { AdaptiveCard } from './to-adaptive-card';

export const ADAPTIVE_CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardActivity {
  type: 'message';
  summary: string;
  attachments: { contentType: typeof ADAPTIVE_CARD_TYPE; content: AdaptiveCard }[];
}

/** A message carrying one card; `summary` is what Teams shows in notifications and the chat list. */
export function toCardActivity(card: AdaptiveCard, summary: string): CardActivity {
  return { type: 'message', summary: summary.slice(0, 200), attachments: [{ contentType: ADAPTIVE_CARD_TYPE, content: card }] };
}
