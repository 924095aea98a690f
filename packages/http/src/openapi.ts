import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { OpenAPIV3_1 } from 'openapi-types';
import { type $ZodType, toJSONSchema } from 'zod/v4/core';
import type { HttpApp } from './app.js';
import type { Route } from './respond.js';

export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
}

type JsonSchema = Record<string, unknown>;
type Operation = OpenAPIV3_1.OperationObject;
// openapi-types reuses the 3.0 parameter object for 3.1; its schema is plain JSON Schema here.
type ParameterSchema = NonNullable<OpenAPIV3_1.ParameterObject['schema']>;

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemRef } },
});

/**
 * The OpenAPI 3.1 document of an app, from its route table and schemas.
 * A function of its own (not an app method) so that function bundles that
 * never describe themselves carry no JSON Schema conversion.
 *
 * @example
 * const document = toOpenApi(app, { title: 'Orders', version: '1.0.0' })
 * @see https://spec.openapis.org/oas/v3.1.0
 */
export function toOpenApi(app: Pick<HttpApp, 'routes'>, info: OpenApiInfo): OpenAPIV3_1.Document {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of app.routes) {
    const path = route.pattern.replace(/\{([^}+]+)\+\}/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: toOperation(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, ...(info.description && { description: info.description }) },
    ...(info.servers && { servers: info.servers.map((server) => ({ ...server })) }),
    paths: paths as OpenAPIV3_1.PathsObject,
    components: { schemas: { Problem: problemSchema } },
  };
}

function toOperation(route: Route): Operation {
  const { options } = route;
  const hasInputSchemas = options.params || options.query || options.headers || options.body;
  const responses: Record<string, unknown> = {};
  for (const [status, doc] of Object.entries(options.responses ?? { 200: { description: 'OK' } })) {
    responses[status] = {
      description: doc.description,
      ...(doc.schema && { content: { 'application/json': { schema: toJsonSchema(doc.schema) } } }),
    };
  }
  if (hasInputSchemas) responses['400'] ??= problemResponse('The request does not match the route schemas');
  if (options.body) responses['422'] ??= problemResponse('The body does not match its schema');
  responses.default ??= problemResponse('An error, as problem+json (RFC 9457)');
  return {
    ...(options.operationId && { operationId: options.operationId }),
    ...(options.summary && { summary: options.summary }),
    ...(options.description && { description: options.description }),
    ...(options.tags && { tags: [...options.tags] }),
    parameters: toParameters(route),
    ...(options.body && {
      requestBody: { required: true, content: { 'application/json': { schema: toJsonSchema(options.body) } } },
    }),
    responses: responses as OpenAPIV3_1.ResponsesObject,
  };
}

function toParameters(route: Route): OpenAPIV3_1.ParameterObject[] {
  const pathNames = [...route.pattern.matchAll(/\{([^}+]+)\+?\}/g)].map((match) => match[1] as string);
  const paramsSchema = route.options.params && toJsonSchema(route.options.params);
  const fromPath = pathNames.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: (propertiesOf(paramsSchema)[name] ?? { type: 'string' }) as ParameterSchema,
  }));
  return [
    ...fromPath,
    ...objectParameters(route.options.query, 'query'),
    ...objectParameters(route.options.headers, 'header'),
  ];
}

function objectParameters(
  schema: StandardSchemaV1 | undefined,
  location: 'query' | 'header',
): OpenAPIV3_1.ParameterObject[] {
  if (schema === undefined) return [];
  const json = toJsonSchema(schema);
  const required = new Set(Array.isArray(json.required) ? (json.required as string[]) : []);
  return Object.entries(propertiesOf(json)).map(([name, property]) => ({
    name,
    in: location,
    required: required.has(name),
    schema: property as ParameterSchema,
  }));
}

function propertiesOf(schema: JsonSchema | undefined): Record<string, unknown> {
  const properties = schema?.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, unknown>) : {};
}

/**
 * JSON Schema (2020-12, the dialect of OpenAPI 3.1) of what a client sends:
 * through the Standard JSON Schema interface where the library offers it,
 * zod's own converter for zod schemas (zod/mini leaves the interface out),
 * and an unconstrained schema for a library that has neither.
 */
function toJsonSchema(schema: StandardSchemaV1): JsonSchema {
  const standard = schema['~standard'] as StandardSchemaV1['~standard'] & {
    readonly jsonSchema?: { readonly input: (options: { readonly target: string }) => JsonSchema };
  };
  const converted =
    standard.jsonSchema?.input({ target: 'draft-2020-12' }) ??
    (standard.vendor === 'zod' ? (toJSONSchema(schema as unknown as $ZodType, { io: 'input' }) as JsonSchema) : {});
  const { $schema: _dialect, ...rest } = converted;
  return rest;
}

const problemSchema: OpenAPIV3_1.SchemaObject = {
  type: 'object',
  description: 'Problem Details for HTTP APIs (RFC 9457)',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['in', 'path', 'message'],
        properties: { in: { type: 'string' }, path: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};
