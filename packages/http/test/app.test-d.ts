// Type tests (checked by `npm run typecheck`).
import { expectTypeOf } from 'expect-type';
import { z } from 'zod';
import { httpApp, type PathParams } from '../src/index.js';

expectTypeOf<PathParams<'/users/{id}/files/{path+}'>>().toEqualTypeOf<{ id: string; path: string }>();
expectTypeOf<PathParams<'/health'>>().toEqualTypeOf<Record<never, never>>();

httpApp()
  .get('/users/{id}', (req) => {
    expectTypeOf(req.params).toEqualTypeOf<{ id: string }>();
    // @ts-expect-error no such parameter in the path
    req.params.name;
    expectTypeOf(req.body).toEqualTypeOf<unknown>();
    expectTypeOf(req.rawBody).toEqualTypeOf<string | Uint8Array | undefined>();
  })
  .post(
    '/users/{id}',
    {
      body: z.object({ name: z.string(), age: z.number().optional() }),
      query: z.object({ dryRun: z.enum(['yes', 'no']) }),
    },
    (req) => {
      expectTypeOf(req.body).toEqualTypeOf<{ name: string; age?: number | undefined }>();
      expectTypeOf(req.query.dryRun).toEqualTypeOf<'yes' | 'no'>();
      expectTypeOf(req.params.id).toEqualTypeOf<string>();
    },
  )
  .put('/items/{id}', { params: z.object({ id: z.coerce.number() }) }, (req) => {
    expectTypeOf(req.params.id).toEqualTypeOf<number>();
  });
