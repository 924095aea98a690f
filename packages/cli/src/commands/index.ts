import type { Command } from './command.js';
import { detect } from './detect.js';
import { openapi } from './openapi.js';
import { validate } from './validate.js';

export type { Command, UsageLine } from './command.js';

/**
 * Every `switchboard` command by name, in the order the usage lists them.
 * `events`, `invoke` and `dev` join this table; nothing else needs to change.
 */
export const commands: ReadonlyMap<string, Command> = new Map([
  ['detect', detect],
  ['validate', validate],
  ['openapi', openapi],
]);
