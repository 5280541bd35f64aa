/** Every way data changes: commands, chat modals and the document importer all call these. */
export { operationMeta, emitEvent, compact, type OperationMeta } from './meta';
export { requireProposal, requireAction, currentProposalRef } from './find';
export { raiseProposal, DEVELOPMENT_STAGE, type RaiseProposalInput } from './raise-proposal';
export { advanceStage, CONVERTED_STAGE, type AdvanceStageInput, type StageChange } from './advance-stage';
export { convertProposal, type ConvertProposalInput, type Conversion } from './convert-proposal';
export { recordDecision, type RecordDecisionInput, type DecisionResult, type DecisionOutcome } from './record-decision';
export { addAction, type AddActionInput } from './add-action';
export { nextActionRef } from './next-action-ref';
export { closeAction, type CloseActionInput } from './close-action';
export { updateAction, type UpdateActionInput } from './update-action';
export { setActionDue, type SetActionDueInput, type DueChange } from './set-action-due';
export { snoozeAction, snoozeUntil, type SnoozeActionInput } from './snooze-action';
export { addConsultation, DEFAULT_CLOSING_TIME, type AddConsultationInput } from './add-consultation';
export { completeConsultation, type CompleteConsultationInput } from './complete-consultation';
export { registerProposal, fillProposal, linkParent, type RegisterInput } from './register-proposal';
export { addCommitteeDecision, bodyName } from './record-committee-view';
export { recordMeeting, recordRelease } from './record-meeting';
