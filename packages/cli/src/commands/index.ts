import type { Command } from './command.js';
import { detect } from './detect.js';
import { dev } from './dev.js';
import { events } from './events.js';
import { invoke } from './invoke.js';
import { openapi } from './openapi.js';
import { validate } from './validate.js';

export type { Command, UsageLine } from './command.js';

/** Every `switchboard` command by name, in the order the usage lists them. */
export const commands: ReadonlyMap<string, Command> = new Map([
  ['detect', detect],
  ['validate', validate],
  ['openapi', openapi],
  ['events', events],
  ['invoke', invoke],
  ['dev', dev],
]);
