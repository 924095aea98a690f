import { router } from '@switchboard/core';
import { cloudformation } from '@switchboard/sources/cloudformation';

/** A stand-in for the service the resource manages (a SaaS webhook API, say). */
export const webhooks = new Map<string, string>();

function webhookUrlOf(properties: Record<string, unknown>): string {
  const url = properties.Url;
  // Thrown errors become a FAILED answer whose Reason the stack operator reads: keep them plain.
  if (typeof url !== 'string' || !url.startsWith('https://')) throw new Error('Url must be an https:// URL');
  return url;
}

/**
 * A custom resource `Custom::Webhook` with `Url` among its properties. Each
 * request type has its own handler and event type (only Update has
 * `OldResourceProperties`). Switchboard PUTs SUCCESS with what a handler
 * returns, or FAILED when it throws or is about to time out.
 */
export const handler = router()
  .on(cloudformation.variant('Create'), async (event) => {
    // Derived from the request, so that a retried invocation names the same webhook.
    const id = `webhook-${event.RequestId}`;
    webhooks.set(id, webhookUrlOf(event.ResourceProperties));
    return { PhysicalResourceId: id, Data: { WebhookId: id } };
  })
  .on(cloudformation.variant('Update'), async (event) => {
    webhooks.set(event.PhysicalResourceId, webhookUrlOf(event.ResourceProperties));
    return { Data: { WebhookId: event.PhysicalResourceId } };
  })
  .on(cloudformation.variant('Delete'), async (event) => {
    webhooks.delete(event.PhysicalResourceId); // idempotent: a second Delete finds nothing and succeeds
  }).handler;
