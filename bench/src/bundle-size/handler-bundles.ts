import { httpBaseline, httpPeers } from '../peers/http/index.js';
import { sqsBaseline, sqsPeers } from '../peers/sqs/index.js';
import type { HandlerBundle } from './build-handler.js';
import type { ZodFlavour } from './zod-flavour.js';

export const flavours: readonly ZodFlavour[] = ['classic', 'mini'];

/**
 * Every bundle cold start and bundle size measure: each HTTP candidate's
 * HTTP API v2 handler and each SQS candidate's handler, in both zod flavours.
 * The baseline (`hand-written`) comes first in each scenario.
 */
export function handlerBundles(): HandlerBundle[] {
  const http = [httpBaseline.module, ...Object.keys(httpPeers)];
  const sqs = [sqsBaseline.module, ...Object.keys(sqsPeers)];
  return flavours.flatMap((flavour) => [
    ...http.map((module) => ({ scenario: 'http' as const, module, factory: 'apigwHttp', flavour })),
    ...sqs.map((module) => ({ scenario: 'sqs' as const, module, factory: 'sqs', flavour })),
  ]);
}

/** A bundle's key in result maps: scenario, flavour and candidate module. */
export function bundleKey(bundle: Pick<HandlerBundle, 'scenario' | 'flavour' | 'module'>): string {
  return `${bundle.scenario}/${bundle.flavour}/${bundle.module}`;
}
