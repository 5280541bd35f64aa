import { z } from 'zod';

/** Slack's documented Block Kit limits. No offline validator exists, so every rendered message is checked here. */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
} as const;

/** Slack refuses empty and whitespace-only text objects. */
const visible = (max: number) => z.string().max(max).regex(/\S/, 'text must not be blank');
const plain = (max: number) => z.object({ type: z.literal('plain_text'), text: visible(max), emoji: z.boolean().optional() });
const mrkdwn = (max: number) => z.object({ type: z.literal('mrkdwn'), text: visible(max) });
const blockId = z.string().max(LIMITS.blockId).optional();

const confirmSchema = z.object({
  title: plain(LIMITS.confirmTitle),
  text: plain(LIMITS.confirmText),
  confirm: plain(LIMITS.confirmButton),
  deny: plain(LIMITS.confirmButton),
  style: z.enum(['primary', 'danger']).optional(),
});

export const buttonSchema = z.object({
  type: z.literal('button'),
  text: plain(LIMITS.buttonText),
  action_id: z.string().min(1).max(LIMITS.actionId),
  value: z.string().max(LIMITS.buttonValue).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  confirm: confirmSchema.optional(),
});

export const headerSchema = z.object({ type: z.literal('header'), block_id: blockId, text: plain(LIMITS.headerText) });

export const sectionSchema = z
  .object({
    type: z.literal('section'),
    block_id: blockId,
    text: mrkdwn(LIMITS.sectionText).optional(),
    fields: z.array(mrkdwn(LIMITS.fieldText)).min(1).max(LIMITS.fieldsPerSection).optional(),
    accessory: buttonSchema.optional(),
  })
  .refine((s) => s.text || s.fields, 'a section needs text or fields');

export const contextSchema = z.object({
  type: z.literal('context'),
  block_id: blockId,
  elements: z.array(mrkdwn(LIMITS.contextText)).min(1).max(LIMITS.contextElements),
});

export const actionsSchema = z
  .object({ type: z.literal('actions'), block_id: blockId, elements: z.array(buttonSchema).min(1).max(LIMITS.actionsElements) })
  .refine((a) => new Set(a.elements.map((e) => e.action_id)).size === a.elements.length, 'action_id must be unique in a block');

export const dividerSchema = z.object({ type: z.literal('divider'), block_id: blockId });

export const blockSchema = z.union([headerSchema, sectionSchema, contextSchema, actionsSchema, dividerSchema]);

/** One chat message: fallback text (notifications, screen readers) and at most 50 blocks. */
export const messageSchema = z.object({
  text: z.string().min(1).max(40_000),
  blocks: z.array(blockSchema).min(1).max(LIMITS.blocksPerMessage),
});

/** The App Home tab: up to 100 blocks. */
export const homeViewSchema = z.object({
  type: z.literal('home'),
  blocks: z.array(blockSchema).min(1).max(LIMITS.blocksPerView),
});

export type SlackBlock = z.infer<typeof blockSchema>;
export type SlackButton = z.infer<typeof buttonSchema>;
export type SlackMessage = z.infer<typeof messageSchema>;
export type SlackHomeView = z.infer<typeof homeViewSchema>;
