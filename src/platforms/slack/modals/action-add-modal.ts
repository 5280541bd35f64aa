import { actionAddForm } from '../../../../commands/forms/action-add-form';
import type { ModalSpec } from './modal-spec';

/** "Add an action": the shared form, as a Slack modal. */
export const actionAddModal: ModalSpec = { ...actionAddForm, callbackId: 'sec_action_add' };
