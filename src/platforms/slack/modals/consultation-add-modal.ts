import { consultationAddForm } from '../../../../commands/forms/consultation-add-form';
import type { ModalSpec } from './modal-spec';

/** "Record a consultation": the shared form, as a Slack modal. */
export const consultationAddModal: ModalSpec = { ...consultationAddForm, callbackId: 'sec_consultation_add' };
