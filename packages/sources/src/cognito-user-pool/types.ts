import type { CognitoUserPoolEvent } from './schema.js';
import type { CognitoTriggerSource } from './triggers.js';

// Each member of the event union whose `triggerSource` admits `Name`, with `triggerSource` narrowed to it.
type NarrowedEvent<Event, Name extends string> = Event extends { triggerSource: infer Sources }
  ? Name extends Sources
    ? { [Key in keyof Event]: Key extends 'triggerSource' ? Name : Event[Key] }
    : never
  : never;

/**
 * The event of one trigger source, e.g. `CognitoTriggerEvent<'PreSignUp_SignUp'>`.
 * For the user-flow pre token generation sources it is the union of the
 * version 1 and version 2/3 events (the event's `version` tells them apart).
 */
export type CognitoTriggerEvent<Name extends CognitoTriggerSource> = NarrowedEvent<CognitoUserPoolEvent, Name>;

/**
 * The response fields an event's trigger reads back: the type of its
 * `response`. `never` for triggers that read nothing (post confirmation,
 * pre and post authentication, the custom senders).
 */
export type CognitoTriggerAnswer<Event> = Event extends { response?: infer Response }
  ? [keyof NonNullable<Response>] extends [never]
    ? never
    : NonNullable<Response>
  : never;

/**
 * What a handler of `Name` returns: its trigger's response fields, or the
 * whole event with `response` filled in, or nothing (the event goes back as received).
 */
export type CognitoTriggerResult<Name extends CognitoTriggerSource> =
  | CognitoTriggerAnswer<CognitoTriggerEvent<Name>>
  | CognitoTriggerEvent<Name>;

/** Per-variant types of `cognitoUserPool`, for `withVariantTypes`. */
export type CognitoUserPoolTriggerTypes = {
  [Name in CognitoTriggerSource]: { event: CognitoTriggerEvent<Name>; result: CognitoTriggerResult<Name> };
};

/** What a handler mounted on the whole source returns: any trigger's response fields, or the whole event. */
export type CognitoUserPoolResult = CognitoTriggerAnswer<CognitoUserPoolEvent> | CognitoUserPoolEvent;
