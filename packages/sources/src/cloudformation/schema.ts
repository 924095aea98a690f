import * as z from 'zod/mini';

/** Free-form properties: whatever the template's `Properties` hold (always `ServiceToken`, maybe `ServiceTimeout`). */
const resourcePropertiesSchema = z.record(z.string(), z.unknown());

/**
 * Fields of every request. `ResponseURL` and `ServiceToken` are optional:
 * CloudFormation sends both, but the CDK provider framework's `onEvent`
 * inputs may lack them (corpus: example-cloudformation-custom-resource-provider-*.json)
 * and AWS's request reference does not list `ServiceToken` among the request fields.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-requests.html
 */
const commonFields = {
  ServiceToken: z.optional(z.string()),
  ResponseURL: z.optional(z.string()),
  StackId: z.string(),
  RequestId: z.string(),
  ResourceType: z.string(),
  LogicalResourceId: z.string(),
  ResourceProperties: resourcePropertiesSchema,
};

/** A `Create` request: the resource has no physical id yet. */
export const cloudformationCreateEventSchema = z.object({ RequestType: z.literal('Create'), ...commonFields });

/** An `Update` request: the current physical id and the properties before the update. */
export const cloudformationUpdateEventSchema = z.object({
  RequestType: z.literal('Update'),
  ...commonFields,
  PhysicalResourceId: z.string(),
  OldResourceProperties: resourcePropertiesSchema,
});

/** A `Delete` request, also sent on rollback and for the old resource after a replacing update. */
export const cloudformationDeleteEventSchema = z.object({
  RequestType: z.literal('Delete'),
  ...commonFields,
  PhysicalResourceId: z.string(),
});

/** A custom resource request, as CloudFormation (or the CDK provider framework) sends it to Lambda. */
export const cloudformationEventSchema = z.discriminatedUnion('RequestType', [
  cloudformationCreateEventSchema,
  cloudformationUpdateEventSchema,
  cloudformationDeleteEventSchema,
]);

/**
 * What a handler returns (everything optional; returning nothing is fine).
 * `PhysicalResourceId` defaults to the request's own on Update and Delete and
 * to `<LogicalResourceId>-<RequestId>` on Create. It is also the shape a CDK
 * provider framework `onEvent` handler returns (corpus:
 * example-cloudformation-custom-resource-provider-response.json).
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export const cloudformationResultSchema = z.object({
  PhysicalResourceId: z.optional(z.string()),
  Data: z.optional(z.record(z.string(), z.unknown())),
  NoEcho: z.optional(z.boolean()),
  Reason: z.optional(z.string()),
});

const bodyFields = {
  PhysicalResourceId: z.string().check(z.minLength(1)),
  StackId: z.string(),
  RequestId: z.string(),
  LogicalResourceId: z.string(),
  NoEcho: z.optional(z.boolean()),
  Data: z.optional(z.record(z.string(), z.unknown())),
};

/**
 * The JSON body PUT to the presigned `ResponseURL`: `Reason` is required
 * when `Status` is `FAILED`; the whole body must stay within 4096 bytes.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export const cloudformationResponseBodySchema = z.discriminatedUnion('Status', [
  z.object({ Status: z.literal('SUCCESS'), Reason: z.optional(z.string()), ...bodyFields }),
  z.object({ Status: z.literal('FAILED'), Reason: z.string(), ...bodyFields }),
]);

export type CloudformationEvent = z.output<typeof cloudformationEventSchema>;
export type CloudformationCreateEvent = z.output<typeof cloudformationCreateEventSchema>;
export type CloudformationUpdateEvent = z.output<typeof cloudformationUpdateEventSchema>;
export type CloudformationDeleteEvent = z.output<typeof cloudformationDeleteEventSchema>;
export type CloudformationRequestType = CloudformationEvent['RequestType'];
/** What a handler returns. */
export type CloudformationResult = z.output<typeof cloudformationResultSchema>;
/** The body PUT to `ResponseURL`. */
export type CloudformationResponseBody = z.output<typeof cloudformationResponseBodySchema>;
