import type { DescribedSource } from '@switchboard/core';
import type { Example, ExampleAnswer } from './example-run.js';
import { fixedNow, showsFixedClock } from './fixed-clock.js';
import { codeBlock, jsonBlock } from './markdown.js';

/** The "Handler example" section: the compiled example file, verbatim. */
export function renderHandlerExample(example: Example): string {
  if (example.code === undefined) return `Example pending: \`${example.path}\` does not exist yet.`;
  const link = `[\`${example.path}\`](../../${example.path})`;
  return `${link}, type-checked with the repository:\n\n${codeBlock('ts', example.code)}`;
}

/**
 * The "Example response" section: what the example handler answered on the
 * sample event, including what the source sent to AWS on the handler's behalf.
 */
export function renderExampleResponse(source: DescribedSource, example: Example): string {
  if (example.answer === undefined) return `Example pending: \`${example.path}\` does not exist yet.`;
  return describeAnswer(source, example.answer);
}

function describeAnswer(source: DescribedSource, answer: ExampleAnswer): string {
  switch (answer.kind) {
    case 'ignored':
      return source.invocation === 'async'
        ? `None: ${source.docs.service} invokes the function asynchronously and never reads the return value. A thrown error makes Lambda retry, as described under "Retries and errors".`
        : `None: ${source.docs.service} does not read the return value; only an error counts, as described under "Retries and errors".`;
    case 'failed':
      return `The example handler failed on the sample event, so there is no answer to show: ${answer.error}`;
    case 'answered': {
      const text = [...describeReads(answer.reads), describeAnswered(answer)].join('\n\n');
      const clock = `Times in it come from the docs generator's clock, stopped at ${fixedNow.toISOString()} so the page only changes when the code does.`;
      return showsFixedClock(text) ? `${text}\n\n${clock}` : text;
    }
  }
}

type Answered = Extract<ExampleAnswer, { kind: 'answered' }>;

function describeAnswered({ answer, calls }: Answered): string {
  const intro = 'The example handler, run on the sample event above,';
  if (calls.length === 0) {
    if (answer === undefined) return `${intro} returns nothing (\`undefined\`).`;
    return `${intro} answers the caller:\n\n${jsonBlock(answer)}`;
  }
  const sent = calls.map((call) => `The source sends \`${call.api}\` with:\n\n${jsonBlock(call.input)}`);
  const returned =
    answer === undefined
      ? 'The invocation itself returns nothing (`undefined`).'
      : `The invocation returns:\n\n${jsonBlock(answer)}`;
  return [`${intro} makes the source answer through AWS (captured here, not sent).`, ...sent, returned].join('\n\n');
}

/** Reads the docs generator answered itself (no network): said plainly, so no one takes them for AWS's. */
function describeReads(reads: Answered['reads']): string[] {
  return reads.map(
    (read) =>
      `The handler's \`${read.request}\` was not sent: the docs generator answered it with this stand-in object:\n\n${codeBlock('text', read.body)}`,
  );
}
