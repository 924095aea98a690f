import { describe, expect, it } from '@jest/globals';
import { checkEvent, checkResponse, detectSource, router } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { albReference as alb } from '@switchboard/sources/alb';
import { apigwHttpReference as apigwHttp } from '@switchboard/sources/apigw-http';
import { apigwRestReference as apigwRest } from '@switchboard/sources/apigw-rest';
import { functionUrlReference as functionUrl } from '@switchboard/sources/function-url';
import {
  toVpcLatticeResult,
  type VpcLatticeV1Event,
  vpcLatticeReference as vpcLattice,
} from '@switchboard/sources/vpc-lattice';
import type { Context } from 'aws-lambda';
import { httpLookalikes } from './http-lookalikes.js';

const context = {} as Context;

/** A version 1 request, in the shape of the VPC Lattice user guide's example. */
function v1Event(): VpcLatticeV1Event {
  return {
    raw_path: '/orders/o-1001?expand=items',
    method: 'GET',
    headers: { accept: 'application/json', 'user-agent': 'curl/8.5.0', 'x-forwarded-for': '10.0.2.100' },
    query_string_parameters: { expand: 'items' },
    body: '',
    is_base64_encoded: false,
  };
}

const latticeRows = ['VPC Lattice, version 2.0', 'VPC Lattice, version 1.0'];

describe('vpc-lattice', () => {
  it('detects its own sample as vpc-lattice only, the v2 variant, and the sample passes the schema', () => {
    const sample = vpcLattice.sample();
    expect(detectSource(allSources, sample)).toEqual({ source: vpcLattice, variant: 'v2' });
    expect(allSources.filter((source) => source.detect(sample))).toEqual([vpcLattice]);
    expect(checkEvent(vpcLattice, sample)).toEqual([]);
  });

  it('detects a version 1 request by its snake-case raw_path, as the v1 variant', () => {
    expect(detectSource(allSources, v1Event())).toEqual({ source: vpcLattice, variant: 'v1' });
    expect(checkEvent(vpcLattice, v1Event())).toEqual([]);
  });

  it.each(latticeRows)('claims the shared HTTP lookalike "%s", which passes its schema', (name) => {
    const event = httpLookalikes[name];
    expect(allSources.filter((source) => source.detect(event))).toEqual([vpcLattice]);
    expect(checkEvent(vpcLattice, event)).toEqual([]);
  });

  it.each(Object.entries(httpLookalikes).filter(([name]) => !latticeRows.includes(name)))(
    'does not claim %s',
    (_name, event) => {
      expect(vpcLattice.detect(event)).toBe(false);
    },
  );

  it.each([
    ['API Gateway REST', apigwRest.sample()],
    ['API Gateway HTTP API', apigwHttp.sample()],
    ['a function URL', functionUrl.sample()],
    ['an Application Load Balancer', alb.sample()],
  ])('does not claim a request from %s', (_name, event) => {
    expect(vpcLattice.detect(event)).toBe(false);
  });

  it.each([
    ['a v2 request without requestContext.targetGroupArn', { ...vpcLattice.sample(), requestContext: {} }],
    ['a v2 request of another version', { ...vpcLattice.sample(), version: '1.0' }],
    ['a v1 request without method', { ...v1Event(), method: undefined }],
  ])('does not claim %s', (_name, event) => {
    expect(vpcLattice.detect(event)).toBe(false);
  });

  it('routes each structure version to its variant handler', async () => {
    const app = router({ validateEvent: true, validateResponse: true })
      .on(vpcLattice.variant('v1'), async (event) => toVpcLatticeResult({ status: 200, body: event.raw_path }, event))
      .on(vpcLattice.variant('v2'), async (event) => toVpcLatticeResult({ status: 201, body: event.path }, event));
    await expect(app.handler(v1Event(), context)).resolves.toMatchObject({
      statusCode: 200,
      body: '/orders/o-1001?expand=items',
    });
    await expect(app.handler(vpcLattice.sample(), context)).resolves.toMatchObject({
      statusCode: 201,
      body: '/orders',
    });
  });

  it('answers the status line, lower-cased joined headers and the first cookie only', () => {
    const answer = toVpcLatticeResult({
      status: 404,
      headers: { 'Content-Type': 'application/json', Vary: ['Origin', 'Accept'] },
      cookies: ['a=1; Secure', 'b=2'],
      body: '{"error":"not found"}',
    });
    expect(answer).toEqual({
      statusCode: 404,
      statusDescription: '404 Not Found',
      headers: { 'content-type': 'application/json', vary: 'Origin, Accept', 'set-cookie': 'a=1; Secure' },
      body: '{"error":"not found"}',
      isBase64Encoded: false,
    });
    expect(checkResponse(vpcLattice, answer)).toEqual([]);
  });

  it('base64-encodes a byte body and flags it, and answers an empty body when there is none', () => {
    const bytes = toVpcLatticeResult({ status: 200, body: new Uint8Array([1, 2, 3]) }, vpcLattice.sample());
    expect(bytes).toMatchObject({ body: 'AQID', isBase64Encoded: true });
    expect(checkResponse(vpcLattice, bytes)).toEqual([]);
    expect(toVpcLatticeResult({ status: 204 })).toMatchObject({ statusDescription: '204 No Content', body: '' });
  });

  it('refuses CR or LF in a header with INVALID_HEADER', () => {
    const bad = { status: 200, headers: { 'x-trace': 'abc\r\nx-injected: 1' } };
    expect(() => toVpcLatticeResult(bad)).toThrow(expect.objectContaining({ code: 'INVALID_HEADER' }));
  });

  it('rejects an answer without a status code', () => {
    expect(checkResponse(vpcLattice, { body: 'ok' }).map((issue) => issue.path)).toEqual(['statusCode']);
  });
});
