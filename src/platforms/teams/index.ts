export { createTeamsPlatform, type TeamsDeps, type TeamsPlatform } from './create-teams-platform';
export { TeamsConfigError, type TeamsConfig } from './teams-config';
export { toAdaptiveCard, type AdaptiveCard } from './to-adaptive-card';
export { toAdaptiveCards } from './to-adaptive-cards';
export { toInvocation } from './to-invocation';
