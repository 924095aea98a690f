import { defineSource, type HttpResponse, withVariantTypes } from '@switchboard/core';
import * as z from 'zod/mini';
import { isObject } from './internal/guards.js';
import { toWireBody } from './internal/http-body.js';
import { collectJoinedHeaders } from './internal/http-headers.js';
import { toStatusLine } from './internal/http-status-text.js';

// Event structures: https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#receive-event-from-service
// The target group's `lambdaEventStructureVersion` (V1 or V2) chooses the structure.
const stringMap = z.record(z.string(), z.string());
const stringListMap = z.record(z.string(), z.array(z.string()));

/** Version 1 (the original structure): snake-case keys, one value per header and query parameter. */
export const vpcLatticeV1EventSchema = z.object({
  raw_path: z.string(),
  method: z.string(),
  headers: stringMap,
  query_string_parameters: z.exactOptional(stringMap),
  body: z.exactOptional(z.string()),
  is_base64_encoded: z.boolean(),
});

/** Who called: present when the service or service network has an auth policy (IAM, Roles Anywhere). */
const identitySchema = z.object({
  sourceVpcArn: z.exactOptional(z.string()),
  type: z.exactOptional(z.string()),
  principal: z.exactOptional(z.string()),
  principalOrgID: z.exactOptional(z.string()),
  sessionName: z.exactOptional(z.string()),
  x509IssuerOu: z.exactOptional(z.string()),
  x509SanDns: z.exactOptional(z.string()),
  x509SanNameCn: z.exactOptional(z.string()),
  x509SanUri: z.exactOptional(z.string()),
  x509SubjectCn: z.exactOptional(z.string()),
});

/** Version 2: camel-case keys, every header and query parameter a list, and a `requestContext`. */
export const vpcLatticeV2EventSchema = z.object({
  version: z.literal('2.0'),
  path: z.string(),
  method: z.string(),
  headers: stringListMap,
  queryStringParameters: z.exactOptional(stringListMap),
  body: z.exactOptional(z.nullable(z.string())),
  isBase64Encoded: z.exactOptional(z.boolean()),
  requestContext: z.object({
    serviceNetworkArn: z.string(),
    serviceArn: z.string(),
    targetGroupArn: z.string(),
    identity: z.exactOptional(identitySchema),
    region: z.string(),
    // Microseconds since the epoch, as a string.
    timeEpoch: z.string(),
  }),
});

/** A request VPC Lattice sends to a Lambda target, in either structure version. */
export const vpcLatticeEventSchema = z.union([vpcLatticeV1EventSchema, vpcLatticeV2EventSchema]);

/**
 * The answer VPC Lattice reads, the same for both structure versions. Header
 * values are single strings. JSON.stringify drops keys set to undefined, so
 * optional keys accept undefined.
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export const vpcLatticeResponseSchema = z.object({
  statusCode: z.int(),
  statusDescription: z.optional(z.string()),
  headers: z.optional(stringMap),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
});

export type VpcLatticeV1Event = z.output<typeof vpcLatticeV1EventSchema>;
export type VpcLatticeV2Event = z.output<typeof vpcLatticeV2EventSchema>;
export type VpcLatticeEvent = z.output<typeof vpcLatticeEventSchema>;
export type VpcLatticeResult = z.output<typeof vpcLatticeResponseSchema>;

/** Per-variant event types: `vpcLattice.variant('v2')` handlers see the v2 structure only. */
export type VpcLatticeVariantTypes = {
  readonly v1: { readonly event: VpcLatticeV1Event; readonly result: VpcLatticeResult };
  readonly v2: { readonly event: VpcLatticeV2Event; readonly result: VpcLatticeResult };
};

/**
 * A VPC Lattice request: version 1 is the only AWS event with a snake-case
 * `raw_path`; version 2 says `version: "2.0"` with the target group's ARN at
 * the top of `requestContext` (ALB nests its own under `requestContext.elb`,
 * HTTP APIs and function URLs have no `targetGroupArn`).
 * No corpus event: the shapes come from the VPC Lattice user guide (link above).
 */
export function isVpcLatticeEvent(event: unknown): boolean {
  if (!isObject(event) || typeof event.method !== 'string') return false;
  if (typeof event.raw_path === 'string') return true;
  const context = event.requestContext;
  return event.version === '2.0' && isObject(context) && typeof context.targetGroupArn === 'string';
}

/**
 * Writes a dialect-neutral `HttpResponse` as a VPC Lattice answer (both
 * structure versions read the same one): header names lower-cased, repeated
 * values joined with `, `, `statusDescription` the status line ("200 OK"),
 * bytes base64 with `isBase64Encoded: true`. Header values are single
 * strings, so only the first cookie can be sent; the others are dropped.
 * The event is accepted so every HTTP builder takes `(response, event)`.
 *
 * @example
 * router().on(vpcLattice, async (event) => toVpcLatticeResult({ status: 200, body: 'ok' }, event))
 * @throws SwitchboardError `INVALID_HEADER` when a header or cookie holds CR or LF.
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service
 */
export function toVpcLatticeResult(response: HttpResponse, _event?: VpcLatticeEvent): VpcLatticeResult {
  const { headers, cookies } = collectJoinedHeaders(response);
  if (cookies[0] !== undefined) headers['set-cookie'] = cookies[0];
  const { body, isBase64Encoded } = toWireBody(response.body);
  return {
    statusCode: response.status,
    statusDescription: toStatusLine(response.status),
    headers,
    body,
    isBase64Encoded,
  };
}

/**
 * Amazon VPC Lattice: a Lambda function registered as a target of a VPC Lattice target group.
 *
 * @example
 * router().on(vpcLattice.variant('v2'), async (event) => toVpcLatticeResult({ status: 200, body: event.path }, event))
 * @see https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html
 */
export const vpcLattice = withVariantTypes<VpcLatticeVariantTypes>()(
  defineSource<
    'vpc-lattice',
    typeof vpcLatticeEventSchema,
    typeof vpcLatticeResponseSchema,
    VpcLatticeResult,
    'v1' | 'v2'
  >({
    id: 'vpc-lattice',
    invocation: 'sync',
    // `raw_path` (v1) or `version: "2.0"` with `requestContext.targetGroupArn` (v2): see isVpcLatticeEvent.
    detect: isVpcLatticeEvent,
    schema: vpcLatticeEventSchema,
    response: vpcLatticeResponseSchema,
    variants: ['v1', 'v2'],
    variantOf: (event) => ('raw_path' in event ? 'v1' : 'v2'),
    sample: sampleVpcLatticeEvent,
    docs: {
      service: 'Amazon VPC Lattice',
      summary:
        'A VPC Lattice service forwards each request matching a listener rule to a Lambda target group and sends the answer to the client. The target group chooses the event structure: version 1 (snake-case keys, single-value headers) or version 2 (list-valued headers and query parameters, a `requestContext` naming the service network, service, target group and caller). `toVpcLatticeResult` writes the answer, which both versions share.',
      detection:
        'A string `method` with a snake-case `raw_path` (`v1`), or `version: "2.0"` with `requestContext.targetGroupArn` (`v2`).',
      retries:
        'None: the client waits for the answer. A thrown error, a timeout or a malformed answer becomes a 5xx for the client, which decides whether to retry.',
      limits: [
        {
          name: 'Request body',
          value: '6 MB',
          link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
        },
        {
          name: 'Response JSON',
          value: '6 MB',
          link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
        },
        {
          name: 'Cookies',
          value: 'header values are single strings: one `Set-Cookie` per answer',
          link: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html#respond-to-service',
        },
      ],
      links: [
        {
          title: 'Lambda functions as targets in VPC Lattice',
          url: 'https://docs.aws.amazon.com/vpc-lattice/latest/ug/lambda-functions.html',
        },
        {
          title: 'Using Lambda with VPC Lattice',
          url: 'https://docs.aws.amazon.com/lambda/latest/dg/services-vpc-lattice.html',
        },
      ],
    },
  }),
);

function sampleVpcLatticeEvent(): VpcLatticeEvent {
  return {
    version: '2.0',
    path: '/orders',
    method: 'POST',
    headers: {
      accept: ['application/json'],
      'content-type': ['application/json'],
      host: ['orders-0a40eebed65f8d69c.7d67968.vpc-lattice-svcs.us-east-2.on.aws'],
      'user-agent': ['curl/8.5.0'],
      'x-forwarded-for': ['10.0.2.100'],
    },
    queryStringParameters: { source: ['web'] },
    body: '{"sku":"B07XJ8C8F5","quantity":2}',
    isBase64Encoded: false,
    requestContext: {
      serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:servicenetwork/sn-0bf3f2882e9cc805a',
      serviceArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:service/svc-0a40eebed65f8d69c',
      targetGroupArn: 'arn:aws:vpc-lattice:us-east-2:123456789012:targetgroup/tg-6d0ecf831eec9f09',
      identity: {
        sourceVpcArn: 'arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0b8276c84697e7339',
        type: 'AWS_IAM',
        principal: 'arn:aws:sts::123456789012:assumed-role/checkout-service/i-0a1b2c3d4e5f67890',
        sessionName: 'i-0a1b2c3d4e5f67890',
      },
      region: 'us-east-2',
      timeEpoch: '1710322916481032',
    },
  };
}
