import { toOpenApi } from '@switchboard/http/openapi';
import { app } from './http-app.js';

/**
 * The OpenAPI 3.1 document of the app, from its route table and schemas.
 * A separate import (`@switchboard/http/openapi`), so the function's bundle
 * carries no JSON Schema conversion. `npx switchboard openapi` prints it too.
 */
export const document = toOpenApi(app, { title: 'Orders', version: '1.0.0' });
