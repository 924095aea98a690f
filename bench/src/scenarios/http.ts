import { router } from '@switchboard/core';
import { apigwHttpReference } from '@switchboard/sources/apigw-http';
import { createdUser, httpAnswerView, postUserAlb, postUserApigwHttp, postUserApigwRest } from '../events/http.js';
import type { Candidate, Scenario } from '../harness.js';
import { createUserApigwHttp } from '../peers/http/hand-written.js';
import type { HttpDialectName, HttpPeer } from '../peers/http/handler.js';
import { httpBaseline, httpPeers } from '../peers/http/index.js';
import { context } from './context.js';

/** The rows of the HTTP table: one per caller, same request, same expected answer. */
const dialects: readonly { readonly name: HttpDialectName; readonly title: string; readonly event: () => unknown }[] = [
  { name: 'apigwHttp', title: 'HTTP API v2', event: postUserApigwHttp },
  { name: 'apigwRest', title: 'REST API v1', event: postUserApigwRest },
  { name: 'alb', title: 'ALB', event: postUserAlb },
];

function candidate(name: string, peer: HttpPeer, dialect: HttpDialectName, event: unknown): Candidate | undefined {
  const create = peer[dialect];
  if (create === undefined) return undefined;
  const handler = create();
  // Each candidate gets its own copy: one that mutates its event must not change the others' input.
  const own = structuredClone(event);
  return { name, invoke: () => handler(own, context) };
}

/**
 * POST /users/{id} with a zod-validated JSON body answered 201, once per
 * HTTP caller. Peers are compared on status, media type and parsed body
 * (`httpAnswerView`); a peer without a factory for a caller has no row there.
 */
export function httpScenarios(): Scenario[] {
  return dialects.map(({ name, title, event: makeEvent }) => {
    const event = makeEvent();
    const peers = Object.entries(httpPeers).map(([module, peer]) => candidate(module, peer, name, event));
    const extra: Candidate[] = [];
    if (name === 'apigwHttp') {
      // Full event validation on top of the router, for reference (off by default).
      const validating = router({ validateEvent: true }).on(apigwHttpReference, createUserApigwHttp).handler;
      extra.push({ name: 'switchboard router, validateEvent', invoke: () => validating(event, context) });
    }
    return {
      name: `${title} POST /users/{id}`,
      expected: createdUser,
      view: httpAnswerView,
      baseline: candidate(httpBaseline.module, httpBaseline.peer, name, event) as Candidate,
      candidates: [...peers.filter((c): c is Candidate => c !== undefined), ...extra],
    };
  });
}
