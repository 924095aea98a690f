/**
 * @switchboard/cli: the `switchboard` command. `detect` tells which AWS
 * service sent an event, `validate` checks events and responses against the
 * built-in sources' schemas. `run` is the whole CLI as a function of argv
 * and an `Io`, for embedding and tests.
 *
 * @module
 */
export { ExitCode, type Io } from './io.js';
export { main } from './main.js';
export { run } from './run.js';
export { UsageError } from './usage-error.js';
