import * as handWritten from './hand-written.js';
import type { HttpPeer } from './handler.js';
import * as hono from './hono.js';
import * as lambdaApi from './lambda-api.js';
import * as middy from './middy.js';
import * as powertoolsEventHandler from './powertools-event-handler.js';
import * as powertoolsParser from './powertools-parser.js';
import * as switchboardApp from './switchboard-app.js';
import * as switchboardRouter from './switchboard-router.js';

/** The HTTP baseline, by its module name (cold start and bundle size import it by that name). */
export const httpBaseline = { module: 'hand-written', peer: handWritten as HttpPeer } as const;

/** Every other HTTP candidate, keyed by module file name; the Switchboard app comes first, the headline. */
export const httpPeers: Readonly<Record<string, HttpPeer>> = {
  'switchboard-app': switchboardApp,
  'switchboard-router': switchboardRouter,
  middy,
  'powertools-parser': powertoolsParser,
  'powertools-event-handler': powertoolsEventHandler,
  hono,
  'lambda-api': lambdaApi,
};
