/**
 * Corpus files judged wrong, with the reason. The conformance suite expects
 * each of them to FAIL its check, so an entry that starts passing (a fixed
 * file, or a schema that drifted loose) is noticed and removed.
 * Schemas follow AWS's documented contract, never a wrong sample.
 */
export const corpusExceptions: Readonly<Record<string, string>> = {
  'events/rust/example-eventbridge-event-obj.json':
    'no `version` field; AWS puts `version` in every EventBridge event (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html)',
  'events/sam/cloudwatch/ScheduledEvent.json':
    'SAM template without the `version` field that every EventBridge event carries (same reference)',
  // transforms
  'events/sam/cloudfront/CloudFrontModifyResponseHeader.json':
    'a response event without its `request`: every origin- and viewer-response event carries the request it answers (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-event-structure.html#lambda-event-structure-response)',
  'events/sam/kinesis/KinesisFirehoseApachelog.json':
    'SAM template without `deliveryStreamArn`, which every Firehose transformation event carries (https://docs.aws.amazon.com/lambda/latest/dg/services-kinesisfirehose.html)',
  'events/sam/kinesis/KinesisFirehoseSyslog.json':
    'SAM template without `deliveryStreamArn` (same reference), and a record whose `approximateArrivalTimestamp` is an ISO string instead of epoch milliseconds',
  'events/sam/kinesis/KinesisFirehoseStreamsAsSource.json':
    'SAM template that misspells `deliveryStreamArn` as `deliverySteamArn` (same reference)',
  'events/rust/example-kinesis-firehose-response.json':
    'results "TRANSFORMED_STATE_OK", "TRANSFORMED_STATE_DROPPED" and "TransformedStateOk" are none of the values Firehose reads: Ok, Dropped, ProcessingFailed (https://docs.aws.amazon.com/firehose/latest/dev/data-transformation-status-model.html)',
  // conversation
  'events/rust/example-lex-event.json':
    'the AWS docs template with its placeholder prose as values: `invocationSource` "FulfillmentCodeHook or DialogCodeHook", `confirmationStatus` "None, Confirmed, or Denied (intent confirmation, if configured)", `outputDialogMode` "Text or Voice, based on ...", and `resolutions` keyed `value1`/`value2` where Lex sends `value` (https://docs.aws.amazon.com/lex/latest/dg/lambda-input-response-format.html)',
  'events/rust/example-lex-response.json':
    'the AWS docs template with placeholder prose as values: `dialogAction.type` "ElicitIntent, ElicitSlot, ConfirmIntent, Delegate, or Close" is none of the five types Lex reads (same reference)',
  'events/sam/lex/LexBookCar.json':
    'slot `DriverAge` is the number 21; Lex V1 sends slot values as strings or null (same reference; typed `string | null` by @types/aws-lambda `LexEventSlots`)',
  'events/sam/lex/LexBookHotel.json':
    'slot `Nights` is the number 4; Lex V1 sends slot values as strings or null (same reference)',
  'events/rust/example-connect-event.json':
    '`Name` is "ContactFlowExecution"; Amazon Connect sends "ContactFlowEvent" (https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html), and `InitiationMethod` is the placeholder "INBOUND/OUTBOUND/TRANSFER/CALLBACK"',
  'events/rust/example-connect-event-without-queue.json':
    'same fixture without `Queue`: `Name` is "ContactFlowExecution", which Amazon Connect never sends (same reference)',
  // web
  'events/rust/example-apigw-websocket-request.json':
    'a hybrid fixture: a REST proxy request (`resource`, `httpMethod`, `pathParameters`) with a WebSocket `requestContext`, and no `isBase64Encoded`, which API Gateway puts in every WebSocket proxy event (typed required by @types/aws-lambda `APIGatewayProxyWebsocketEventV2`; https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-requests.html)',
  // cognito
  'events/rust/example-cognito-event-userpools-custommessage.json':
    '`userAttributes` holds the booleans `phone_number_verified: true` and `email_verified: false`, copied from the console test event; user pools send every attribute value as a string ("true"), as the trigger parameter reference says ("name": "value" string pairs; https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#cognito-user-pools-lambda-trigger-syntax-shared) and @types/aws-lambda types it (`StringMap`)',
  'events/rust/example-cognito-event-userpools-migrateuser.json':
    '`response` holds documentation placeholders ("<final_user_status>", "<message-action>", "<desired-delivery-mediums-1>") where the migrate user trigger takes CONFIRMED or RESET_REQUIRED, RESEND or SUPPRESS, and EMAIL or SMS (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-migrate-user.html)',
  // async-poll
  'events/rust/example-cloudwatch-alarm-composite-with-suppressor-alarm.json':
    'a hybrid fixture: the EventBridge "CloudWatch Alarm State Change" envelope (`version`, `id`, `detail-type`, `account`, `resources`) with `alarmData` where EventBridge puts `detail`, and without the `alarmArn` and `accountId` every Lambda alarm action carries (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarms-and-actions-Lambda.html)',
};
