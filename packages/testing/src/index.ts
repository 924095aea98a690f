/**
 * @switchboard/testing: run and test Switchboard functions without AWS.
 *
 * @module
 */
export { type LambdaContextOptions, lambdaContext } from './context.js';
