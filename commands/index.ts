import type { AnyCommand } from '../src/core/command';

/** Every chat command, registered by one line each. Help is generated from these declarations. */
export const allCommands: AnyCommand[] = [
];
