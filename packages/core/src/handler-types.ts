import type { Context } from 'aws-lambda';

/**
 * A handler for one source. Declared as a method so that its event
 * parameter is compared both ways (a handler may name a narrower or wider
 * event type), while a handler for another source's event is still a
 * compile error. The unused third parameter admits both Lambda's legacy
 * `callback` and middy's options argument.
 */
export type SourceHandler<Event, Result> = {
  // biome-ignore lint/suspicious/noConfusingVoidType: @types/aws-lambda handlers return `void | Promise<void>`; `undefined` would refuse them.
  handle(event: Event, context: Context, callback: never): Result | void | Promise<Result | void>;
}['handle'];

/**
 * A handler typed elsewhere, e.g. with `@types/aws-lambda` (`SQSHandler`,
 * `APIGatewayProxyHandlerV2`). Those types disagree with what AWS sends in
 * small ways (a literal `eventSource` is `string` there, a field AWS omits is
 * required there), so the event is compared in its widened form: literals
 * become their primitive and optional fields admit `undefined`. The answer
 * is still checked exactly.
 */
export type ForeignHandler<Event, Result> = SourceHandler<Widened<Event>, Result>;

// biome-ignore lint/complexity/noBannedTypes: `{}` is what an optional (or index-signature) key can be absent from.
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];

/**
 * `T` with literal types widened to their primitive, optional properties
 * admitting `undefined`, and free-form maps accepting any object.
 */
export type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer Item)[]
        ? Widened<Item>[]
        : T extends (...args: never[]) => unknown
          ? T
          : T extends object
            ? string extends keyof T
              ? unknown extends T[string & keyof T]
                ? object // a free-form map (`Record<string, unknown>`): interfaces have no index signature
                : WidenedObject<T>
              : WidenedObject<T>
            : T;

type WidenedObject<T> = { [K in Exclude<keyof T, OptionalKeys<T>>]: Widened<T[K]> } & {
  [K in OptionalKeys<T>]?: Widened<T[K]> | undefined;
};
