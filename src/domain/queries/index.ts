/** Read models and lookups over the store: pure, shared by commands, Slack App Home, Teams and the notifier. */
export * from './audit-history';
export * from './consultations';
export * from './directory';
export * from './filter-actions';
export * from './find-action';
export * from './find-proposal';
export * from './lines';
export * from './next-milestone';
export * from './paginate';
export * from './person-for-caller';
export * from './release-for';
export * from './resolve-owner';
export * from './search-proposals';
export * from './working-days';
export * from './proposal-view';
export * from './action-buttons';
