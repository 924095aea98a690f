import { toError } from '@switchboard/core';
import type { CloudformationResponseBody, CloudformationResult } from './schema.js';

/** CloudFormation rejects a response body larger than this many bytes. */
export const cloudformationResponseBodyLimit = 4096;

/**
 * The physical id prefix of a resource whose Create failed. CloudFormation
 * rolls back with a Delete carrying the id the FAILED answer named; a Delete
 * of such an id is answered SUCCESS without running the handler, since
 * nothing was created (the CDK provider framework does the same).
 */
export const cloudformationCreateFailedMarker = 'switchboard::create-failed::';

/** The request fields an answer copies, as any Create, Update or Delete request has them. */
export interface CloudformationRequestIds {
  readonly RequestType: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string | undefined;
}

const reasonLimitBytes = 1024;
const physicalIdLimitBytes = 1024;
const stackFrame = /^\s+at\s/;

/**
 * The physical id a successful answer names. Delete always keeps the
 * request's id (changing it is meaningless and the CDK framework refuses
 * it); Update keeps it unless the handler returns another one (a
 * replacement: CloudFormation then deletes the old one); Create defaults to
 * `<LogicalResourceId>-<RequestId>`: deterministic, so a retried invocation
 * names the same resource (cfn-response's default, the log stream name, is
 * shared by every request a Lambda instance serves).
 */
export function cloudformationPhysicalResourceId(
  result: CloudformationResult | undefined,
  event: CloudformationRequestIds,
): string {
  if (event.RequestType === 'Delete' && event.PhysicalResourceId) return event.PhysicalResourceId;
  return result?.PhysicalResourceId || event.PhysicalResourceId || `${event.LogicalResourceId}-${event.RequestId}`;
}

/**
 * The SUCCESS body for a handler's result, with the request's ids copied verbatim.
 *
 * @example
 * toCloudformationSuccess({ Data: { Arn: 'arn:aws:sns:us-east-1:123456789012:alerts' } }, event)
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export function toCloudformationSuccess(
  result: CloudformationResult | undefined,
  event: CloudformationRequestIds,
): CloudformationResponseBody {
  return {
    Status: 'SUCCESS',
    PhysicalResourceId: cloudformationPhysicalResourceId(result, event),
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    ...(result?.Reason !== undefined && { Reason: result.Reason }),
    ...(result?.NoEcho !== undefined && { NoEcho: result.NoEcho }),
    ...(result?.Data !== undefined && { Data: result.Data }),
  };
}

/**
 * The FAILED body. `Reason` is cut to 1 KB. The physical id is
 * `physicalResourceId` when given (a resource that exists), else the
 * request's own, else (a failed Create) the create-failed marker.
 *
 * @example
 * toCloudformationFailure('Quota exceeded for topic subscriptions', event)
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
export function toCloudformationFailure(
  reason: string,
  event: CloudformationRequestIds,
  physicalResourceId?: string,
): CloudformationResponseBody {
  return {
    Status: 'FAILED',
    Reason: truncateUtf8(reason, reasonLimitBytes) || 'Failed',
    PhysicalResourceId:
      physicalResourceId || event.PhysicalResourceId || `${cloudformationCreateFailedMarker}${event.RequestId}`,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  };
}

/**
 * What the stack operator reads for a thrown error: its name and message,
 * never its stack (stack-frame lines inside a message are dropped too),
 * pointing at the log stream that has the details.
 *
 * @example
 * toCloudformationReason(new Error('bucket exists'), context) // 'bucket exists (details: log stream 2024/05/01/[$LATEST]f3a1)'
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cfn-lambda-function-code-cfnresponsemodule.html
 */
export function toCloudformationReason(thrown: unknown, context?: { readonly logStreamName?: string }): string {
  const error = toError(thrown);
  const message = error.message
    .split('\n')
    .filter((line) => !stackFrame.test(line))
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
  const named = error.name && error.name !== 'Error' ? `${error.name}: ${message}` : message || 'Error';
  const where = context?.logStreamName ? ` (details: log stream ${context.logStreamName})` : '';
  return truncateUtf8(named, reasonLimitBytes - Buffer.byteLength(where)) + where;
}

/**
 * Serialises a body for the PUT. A body CloudFormation would refuse (over
 * 4096 bytes, or `Data` that is not JSON) becomes a FAILED body that says
 * why, keeping the physical id: the resource exists, so a rollback Delete must reach it.
 */
export function toCloudformationPayload(body: CloudformationResponseBody, event: CloudformationRequestIds): string {
  let problem: string;
  try {
    const payload = JSON.stringify(body);
    const bytes = Buffer.byteLength(payload);
    if (bytes <= cloudformationResponseBodyLimit) return payload;
    problem = `The response body is ${bytes} bytes; CloudFormation accepts at most ${cloudformationResponseBodyLimit} (return less Data)`;
  } catch (error) {
    problem = `The response body is not JSON: ${toError(error).message}`;
  }
  // A physical id over its own 1 KB limit would make the FAILED body too large as well.
  const kept = Buffer.byteLength(body.PhysicalResourceId) <= physicalIdLimitBytes ? body.PhysicalResourceId : undefined;
  return JSON.stringify(toCloudformationFailure(problem, event, kept));
}

function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let kept = '';
  let bytes = 0;
  for (const char of text) {
    bytes += Buffer.byteLength(char);
    if (bytes > maxBytes - 3) break;
    kept += char;
  }
  return `${kept}...`;
}
