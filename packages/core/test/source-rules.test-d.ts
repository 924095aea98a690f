// Type tests: checked by `npm run typecheck` (tsc), never executed.
import { type IsKebabCase, runtimeSource, type Source } from '@switchboard/core';
import { expectTypeOf } from 'expect-type';

const detect = () => false;

// Kebab-case ids, and ids only known at run time, are accepted...
expectTypeOf<IsKebabCase<'sqs'>>().toEqualTypeOf<true>();
expectTypeOf<IsKebabCase<'apigw-http'>>().toEqualTypeOf<true>();
expectTypeOf<IsKebabCase<'s3-batch-2'>>().toEqualTypeOf<true>();
expectTypeOf<IsKebabCase<string>>().toEqualTypeOf<true>();
// ...anything else is not.
expectTypeOf<IsKebabCase<'IoT Button'>>().toEqualTypeOf<false>();
expectTypeOf<IsKebabCase<'order_task'>>().toEqualTypeOf<false>();
expectTypeOf<IsKebabCase<'-sqs'>>().toEqualTypeOf<false>();
expectTypeOf<IsKebabCase<'sqs-'>>().toEqualTypeOf<false>();
expectTypeOf<IsKebabCase<'sqs--fifo'>>().toEqualTypeOf<false>();
expectTypeOf<IsKebabCase<''>>().toEqualTypeOf<false>();

runtimeSource<unknown>()({ id: 'order-task', invocation: 'poll', detect });
// @ts-expect-error an id that is not kebab-case does not compile
runtimeSource<unknown>()({ id: 'Order Task', invocation: 'poll', detect });

// Variants come with the means to tell them apart...
runtimeSource<{ kind: string }>()({
  id: 'jobs',
  invocation: 'async',
  detect,
  variants: ['start', 'stop'],
  variantOf: (event) => event.kind,
});
runtimeSource<{ kind: string }>()({
  id: 'open-jobs',
  invocation: 'async',
  detect,
  openVariants: true,
  variantOf: (event) => event.kind,
});
// @ts-expect-error listed variants without `variantOf` do not compile
runtimeSource<unknown>()({ id: 'jobs', invocation: 'async', detect, variants: ['start', 'stop'] });
// @ts-expect-error neither do open variants
runtimeSource<unknown>()({ id: 'jobs', invocation: 'async', detect, openVariants: true });

// A declared return type does not make a source without variants need `variantOf`.
function declared(): Source<'plain', unknown, void> {
  return runtimeSource<unknown>()({ id: 'plain', invocation: 'async', detect, openVariants: false });
}
expectTypeOf(declared().variants).toEqualTypeOf<readonly string[]>();
