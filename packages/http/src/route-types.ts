import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Context } from 'aws-lambda';
import type { HttpRequest } from './request.js';
import type { RouteSchemas } from './validate-request.js';

type ParamName<Segment extends string> = Segment extends `${infer Name}+` ? Name : Segment;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** `'/users/{id}/files/{path+}'` → `{ id: string; path: string }` */
export type PathParams<Path extends string> = Simplify<
  Path extends `${string}{${infer Name}}${infer Rest}`
    ? { [K in ParamName<Name>]: string } & PathParams<Rest>
    : Record<never, never>
>;

type Output<Schema, Fallback> = Schema extends StandardSchemaV1 ? StandardSchemaV1.InferOutput<Schema> : Fallback;

/** The request a route handler sees: params, query and body typed from its schemas. */
export type RouteRequest<Path extends string, Schemas extends RouteSchemas> = HttpRequest<
  Output<Schemas['params'], PathParams<Path>>,
  Output<Schemas['query'], Readonly<Record<string, string>>>,
  // Without a body schema the body is whatever arrived (or what a middy parser made of it): see `rawBody`.
  Output<Schemas['body'], unknown>
>;

/**
 * A route handler: return a plain value (200 JSON), a `reply.*` answer, or an
 * API Gateway style `{ statusCode, headers, body }` (what middy's HTTP
 * middlewares read and write); throw an HttpError for a problem+json answer.
 */
export type RouteHandler<Path extends string, Schemas extends RouteSchemas> = {
  // A method, so the request parameter is compared both ways: a middy chain typed with
  // middy's own event types (`@middy/http-json-body-parser`'s) mounts as a route.
  // The unused third parameter admits middy's options argument.
  handle(request: RouteRequest<Path, Schemas>, context: Context, options: never): unknown;
}['handle'];

/** A documented answer of a route, for the OpenAPI document. */
export interface RouteResponseDoc {
  readonly description: string;
  /** Schema of the JSON body (any Standard Schema). */
  readonly schema?: StandardSchemaV1;
}

/** What a route may declare besides its handler: schemas that validate, and docs for OpenAPI. */
export interface RouteOptions extends RouteSchemas {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly operationId?: string;
  /** Answers by status code (default: a 200 without a schema). */
  readonly responses?: Readonly<Record<number, RouteResponseDoc>>;
}
