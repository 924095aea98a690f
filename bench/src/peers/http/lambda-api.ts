/**
 * lambda-api: an Express-like router made for API Gateway; it parses JSON
 * bodies itself, zod validates in the route handler. Its logger is off (the
 * default), so no log line is timed.
 * @see https://github.com/jeremydaly/lambda-api
 */
import lambdaApi, { type API, type HandlerFunction, type Options } from 'lambda-api';
import { userSchema } from '../../schemas/zod-classic.js';
import type { LambdaHandler } from './handler.js';

// Its types describe the CommonJS build (where `createAPI` is `module.exports.default`);
// esbuild bundles the ESM build, whose default export is `createAPI` itself.
const createAPI = lambdaApi as unknown as (options?: Options) => API;

function createHandler(): LambdaHandler {
  const api = createAPI();
  // Typed one by one: lambda-api's overloads accept middleware or handler, which leaves parameters untyped.
  const list: HandlerFunction = (_req, res) => res.json([]);
  const read: HandlerFunction = (req, res) => res.json({ id: req.params.id });
  const remove: HandlerFunction = (_req, res) => res.status(204).send('');
  const create: HandlerFunction = (req, res) => {
    const user = userSchema.safeParse(req.body);
    if (!user.success) return res.status(422).json({ title: 'Invalid body' });
    return res.status(201).json({ id: req.params.id, ...user.data });
  };
  const health: HandlerFunction = (_req, res) => res.json({ ok: true });
  api.get('/users', list);
  api.get('/users/:id', read);
  api.delete('/users/:id', remove);
  api.post('/users/:id', create);
  api.get('/health', health);
  return (event, context) => api.run(event, context);
}

export const apigwHttp = createHandler;
export const apigwRest = createHandler;
export const alb = createHandler;
