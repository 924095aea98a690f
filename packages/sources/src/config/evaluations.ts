import { type ConfigInvokingEventObject, invokingEventString, readInvokingEvent } from './invoking-event.js';
import type { ConfigEvent } from './schema.js';

/** Annotation is 1 to 256 characters. */
const maxAnnotationLength = 256;

/** The compliance of one resource with the rule. */
export type ConfigComplianceType = 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'INSUFFICIENT_DATA';

/**
 * One evaluation, as PutEvaluations takes it. `OrderingTimestamp` orders
 * evaluations of the same resource: the configuration item's capture time,
 * or the notification time of a periodic trigger.
 *
 * @see https://docs.aws.amazon.com/config/latest/APIReference/API_Evaluation.html
 */
export interface ConfigEvaluation {
  readonly ComplianceResourceType: string;
  readonly ComplianceResourceId: string;
  readonly ComplianceType: ConfigComplianceType;
  readonly Annotation?: string;
  readonly OrderingTimestamp: Date | string;
}

/** The compliance of the resource the event is about (the changed item, or the account for a periodic trigger). */
export interface ConfigCompliance {
  readonly compliance: ConfigComplianceType;
  readonly annotation?: string;
}

/**
 * What a handler returns: evaluations of any resources (one or a list), or
 * the compliance of the event's own resource (a compliance value, or one
 * with an annotation). Nothing (or an empty list) reports nothing.
 */
export type ConfigResult = ConfigEvaluation | readonly ConfigEvaluation[] | ConfigComplianceType | ConfigCompliance;

/**
 * The resource an invoking event is about, and the time that orders its
 * evaluations. Reads only those fields (no schema, so that the `config`
 * source carries none), each reported as a schema check would when missing.
 */
function subjectOf({ messageType, value }: ConfigInvokingEventObject, accountId: string) {
  switch (messageType) {
    case 'ConfigurationItemChangeNotification':
      return itemSubject(value, 'configurationItem');
    case 'OversizedConfigurationItemChangeNotification':
      return itemSubject(value, 'configurationItemSummary');
    default:
      // Periodic triggers are about the account: AWS::::Account is the resource type Config uses for it.
      return {
        ComplianceResourceType: 'AWS::::Account',
        ComplianceResourceId: accountId,
        OrderingTimestamp: invokingEventString(value, ['notificationCreationTime']),
      };
  }
}

function itemSubject(value: Record<string, unknown>, item: 'configurationItem' | 'configurationItemSummary') {
  return {
    ComplianceResourceType: invokingEventString(value, [item, 'resourceType']),
    ComplianceResourceId: invokingEventString(value, [item, 'resourceId']),
    OrderingTimestamp: invokingEventString(value, [item, 'configurationItemCaptureTime']),
  };
}

/**
 * Builds the evaluation of the resource the event is about: the changed
 * configuration item (ordered by its capture time), or the account for a
 * periodic trigger (ordered by the notification time). A resource that left
 * the rule's scope (`eventLeftScope`) is NOT_APPLICABLE whatever the
 * compliance given, as Config expects. The annotation is cut to 256 characters.
 * Only the fields the evaluation needs are checked (`decodeConfigInvokingEvent` checks all).
 *
 * @example
 * return toConfigEvaluation(event, 'NON_COMPLIANT', 'Bucket allows public reads')
 * @see https://docs.aws.amazon.com/config/latest/APIReference/API_Evaluation.html
 */
export function toConfigEvaluation(
  event: Pick<ConfigEvent, 'invokingEvent' | 'accountId' | 'eventLeftScope'>,
  complianceType: ConfigComplianceType,
  annotation?: string,
): ConfigEvaluation {
  const subject = subjectOf(readInvokingEvent(event), event.accountId);
  const note = annotation === undefined || annotation === '' ? {} : { Annotation: cut(annotation) };
  return { ...subject, ComplianceType: event.eventLeftScope ? 'NOT_APPLICABLE' : complianceType, ...note };
}

function cut(text: string): string {
  return text.length <= maxAnnotationLength ? text : `${text.slice(0, maxAnnotationLength - 1)}…`;
}

// Array.isArray does not narrow readonly arrays.
function isEvaluationList(result: object): result is readonly ConfigEvaluation[] {
  return Array.isArray(result);
}

/** Turns any handler result into the list of evaluations to put (`toResult` of the `config` source). */
export function toConfigEvaluations(result: ConfigResult | undefined, event: ConfigEvent): readonly ConfigEvaluation[] {
  if (result === undefined || result === null) return [];
  if (typeof result === 'string') return [toConfigEvaluation(event, result)];
  if (isEvaluationList(result)) return result;
  if ('ComplianceType' in result) return [result];
  return [toConfigEvaluation(event, result.compliance, result.annotation)];
}
