import { SwitchboardError } from '@switchboard/core';

/** The command line itself is wrong: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends SwitchboardError {
  constructor(message: string) {
    super('USAGE', message);
  }
}
