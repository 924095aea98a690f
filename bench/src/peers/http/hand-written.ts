/**
 * The baseline: what a careful engineer writes for one endpoint without a
 * framework. Every other candidate does this same work (route, parse JSON,
 * validate with zod, answer 201) through its own machinery.
 */
import type {
  ALBEvent,
  ALBResult,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
} from 'aws-lambda';
import { userSchema } from '../../schemas/zod-classic.js';

interface Answer {
  readonly statusCode: number;
  readonly body: string;
}

const answer = (statusCode: number, body: unknown): Answer => ({ statusCode, body: JSON.stringify(body) });

/** The endpoint itself, dialect-neutral: POST /users/{id} with a `userSchema` body. */
export function createUser(method: string, path: string, body: string | null | undefined): Answer {
  if (method !== 'POST' || !path.startsWith('/users/')) return answer(404, { title: 'Not Found' });
  let parsed: unknown;
  try {
    parsed = JSON.parse(body ?? '');
  } catch {
    return answer(400, { title: 'Malformed JSON' });
  }
  const user = userSchema.safeParse(parsed);
  if (!user.success) return answer(422, { title: 'Invalid body' });
  return answer(201, { id: path.slice('/users/'.length), ...user.data });
}

const jsonHeaders = { 'content-type': 'application/json' };

/** HTTP API (payload 2.0) handler logic, also mounted as-is on a Switchboard router. */
export async function createUserApigwHttp(event: APIGatewayProxyEventV2) {
  const { statusCode, body } = createUser(event.requestContext.http.method, event.rawPath, event.body);
  return { statusCode, headers: jsonHeaders, body, isBase64Encoded: false };
}

/** REST API proxy integration handler logic. */
export async function createUserApigwRest(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  const { statusCode, body } = createUser(event.httpMethod, event.path, event.body);
  return { statusCode, headers: jsonHeaders, body, isBase64Encoded: false };
}

/** ALB target handler logic (single-value headers). */
export async function createUserAlb(event: ALBEvent): Promise<ALBResult> {
  const { statusCode, body } = createUser(event.httpMethod, event.path, event.body);
  return { statusCode, headers: jsonHeaders, body, isBase64Encoded: false };
}

export const apigwHttp = () => createUserApigwHttp;
export const apigwRest = () => createUserApigwRest;
export const alb = () => createUserAlb;
