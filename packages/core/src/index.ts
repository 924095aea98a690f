/**
 * @switchboard/core: define sources, mount handlers on them, export one
 * Lambda handler that detects which AWS service called and answers in the
 * shape that caller expects.
 *
 * @module
 */
export { checkEvent, checkResponse, detectSource } from './detect.js';
export {
  DefinitionError,
  NoHandlerError,
  ResponseTooLargeError,
  SwitchboardError,
  toError,
  UnknownEventError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export type { ForeignHandler, SourceHandler, Widened } from './handler-types.js';
export { type HeaderValue, type HttpResponse, hasLineBreak } from './http-message.js';
export { answersForItself } from './internal/answers-for-itself.js';
export { deadlineOf } from './internal/deadline-of.js';
export { describeEventShape } from './internal/event-shape.js';
export { formatPath, type PathSegment } from './internal/format-path.js';
export {
  type AnswerLimit,
  lambdaSyncResponseLimit,
  maxJsonBytesPerUnit,
  serializedSizeOver,
  syncAnswerLimit,
} from './internal/response-size.js';
export { settling } from './internal/settle-with.js';
export { listIssues } from './internal/validate.js';
export {
  consoleLog,
  errorClassName,
  errorMessage,
  type Log,
  type LogEntry,
  type LoggedIssue,
  type Logger,
  type LogOptions,
  redactHeaders,
  toLogger,
  writeLog,
} from './log.js';
export {
  type FallbackHandler,
  type LambdaHandler,
  type Match,
  type MountTarget,
  type Router,
  type RouterOptions,
  router,
} from './router.js';
export {
  type DescribedSource,
  defineSource,
  describeSource,
  type EventOf,
  type InvocationType,
  isDescribed,
  type Mountable,
  type NoVariantTypes,
  type ResultOf,
  type RuntimeSpec,
  runtimeSource,
  type Settle,
  type SettleContext,
  type SettleOptions,
  type Settling,
  type Source,
  type SourceDescription,
  type SourceDocs,
  type SourceLimit,
  type SourceLink,
  type SourceReference,
  type SourceSpec,
  type SourceVariant,
  type VariantTypes,
  withVariantTypes,
} from './source.js';
export type { AnswerLimitRule, IdRule, IsKebabCase, VariantRule } from './source-rules.js';
