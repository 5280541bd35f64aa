import { actionAddModal } from './action-add-modal';
import { consultationAddModal } from './consultation-add-modal';
import type { ModalSpec } from './modal-spec';
import { raiseModal } from './raise-modal';

export const MODALS: readonly ModalSpec[] = [raiseModal, actionAddModal, consultationAddModal];

/** The modal to open when the command line is exactly its trigger ("raise", "action add"), else undefined. */
export function modalFor(text: string): ModalSpec | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return MODALS.find((m) => m.trigger === words);
}

export function modalByCallback(callbackId: string): ModalSpec | undefined {
  return MODALS.find((m) => m.callbackId === callbackId);
}
