import type { AnyCommand } from '../src/core/command';
import { raiseCommand } from './raise';
import { advanceCommand } from './advance';
import { convertCommand } from './convert';
import { decideCommand } from './decide';
import { actionAddCommand } from './action-add';
import { actionCloseCommand } from './action-close';
import { actionUpdateCommand } from './action-update';
import { actionDueCommand } from './action-due';
import { actionSnoozeCommand } from './action-snooze';
import { consultationAddCommand } from './consultation-add';
import { helpCommand } from './help';
import { statusCommand } from './status';
import { listCommand } from './list';
import { searchCommand } from './search';
import { actionsCommand } from './actions';
import { actionShowCommand } from './action-show';
import { consultationsCommand } from './consultations';
import { historyCommand } from './history';
import { whoamiCommand } from './whoami';
import { linkCommand } from './link';
import { settingsCommand, settingsUnfurlCommand } from './settings';
import { subscribeCommand } from './subscribe';
import { unsubscribeCommand } from './unsubscribe';
import { subscriptionsCommand } from './subscriptions';
import { remindPreviewCommand } from './remind-preview';
import { remindRunCommand } from './remind-run';
import { remindersCommand } from './reminders';
import { actionNotMineCommand } from './action-notmine';
import { importApplyCommand } from './import-apply';
import { importDiscardCommand } from './import-discard';
import { calendarCommand, calendarResetCommand } from './calendar';
import { peopleCommand } from './people';
import { personShowCommand } from './person-show';
import { personAddCommand } from './person-add';
import { personUpdateCommand } from './person-update';
import { personRemoveCommand } from './person-remove';
import { orgsCommand } from './orgs';
import { orgShowCommand } from './org-show';
import { orgAddCommand } from './org-add';
import { orgUpdateCommand } from './org-update';
import { orgRemoveCommand } from './org-remove';
import { homeCommand } from './home';
import { correctCommand, retractCommand } from './correct';
import { appealCommand } from './appeal';
import { undoCommand } from './undo';
import { cscCommand } from './csc';
import { proposalEditCommand } from './proposal-edit';
import { actionEditCommand } from './action-edit';
import { consultationEditCommand } from './consultation-edit';
import { consultationCancelCommand } from './consultation-cancel';
import { editCommand } from './edit';
import { versionsCommand } from './versions';

/** Every chat command, registered by one line each. Help is generated from these declarations. */
export const allCommands: AnyCommand[] = [
  helpCommand,
  statusCommand,
  listCommand,
  searchCommand,
  actionsCommand,
  actionShowCommand,
  consultationsCommand,
  versionsCommand,
  historyCommand,
  whoamiCommand,
  linkCommand,
  raiseCommand,
  advanceCommand,
  cscCommand,
  convertCommand,
  decideCommand,
  appealCommand,
  correctCommand,
  retractCommand,
  undoCommand,
  actionAddCommand,
  actionCloseCommand,
  actionUpdateCommand,
  actionDueCommand,
  actionSnoozeCommand,
  consultationAddCommand,
  proposalEditCommand,
  actionEditCommand,
  consultationEditCommand,
  consultationCancelCommand,
  editCommand,
  settingsCommand,
  settingsUnfurlCommand,
  subscribeCommand,
  unsubscribeCommand,
  subscriptionsCommand,
  remindPreviewCommand,
  remindRunCommand,
  remindersCommand,
  actionNotMineCommand,
  importApplyCommand,
  importDiscardCommand,
  calendarCommand,
  calendarResetCommand,
  peopleCommand,
  personShowCommand,
  personAddCommand,
  personUpdateCommand,
  personRemoveCommand,
  orgsCommand,
  orgShowCommand,
  orgAddCommand,
  orgUpdateCommand,
  orgRemoveCommand,
  homeCommand,
];

