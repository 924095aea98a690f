import * as z from 'zod/mini';

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
