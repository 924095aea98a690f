/**
 * The four Lambda@Edge triggers of a cache behavior: the variants of the
 * `cloudfront` source. Apart from the schemas, which check `config.eventType`
 * against them, so that the runtime source needs no schema.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html
 */
export const cloudfrontEventTypes = ['viewer-request', 'origin-request', 'origin-response', 'viewer-response'] as const;
export type CloudFrontEventType = (typeof cloudfrontEventTypes)[number];
