import { httpApp, reply, toStreamingHandler } from '@switchboard/http';

/** Lines of a report, produced one at a time (from a database cursor, say). */
async function* reportLines(): AsyncIterable<string> {
  for (const day of ['2024-05-01', '2024-05-02', '2024-05-03']) yield `${day},42\n`;
}

export const app = httpApp().get('/report.csv', () => reply.stream(200, reportLines(), 'text/csv'));

/**
 * For a function URL in RESPONSE_STREAM invoke mode: status and headers go
 * first, then each line as it is yielded. It needs the `awslambda` global of
 * Lambda's Node.js runtime (and says so, with a DefinitionError, elsewhere).
 */
export const handler = toStreamingHandler(app);
