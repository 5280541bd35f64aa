import { raiseForm } from '../../../../commands/forms/raise-form';
import type { ModalSpec } from './modal-spec';

/** "Raise a Draft Proposal": the shared form, as a Slack modal. */
export const raiseModal: ModalSpec = { ...raiseForm, callbackId: 'sec_raise' };
