/**
 * The table's columns: one per candidate, named by the module of each
 * scenario that plays it (the same framework's HTTP and SQS candidates differ:
 * Switchboard's HTTP app and `sqsBatch`, Powertools' parser and batch).
 */
export interface Column {
  readonly title: string;
  readonly http?: string;
  readonly sqs?: string;
}

export const baselineColumn: Column = { title: 'hand-written', http: 'hand-written', sqs: 'hand-written' };

/** Where the targets are checked: the headline Switchboard candidates. */
export const switchboardColumn: Column = {
  title: 'Switchboard (HTTP app · sqsBatch)',
  http: 'switchboard-app',
  sqs: 'switchboard-batch',
};

export const peerColumns: readonly Column[] = [
  { title: 'Switchboard router', http: 'switchboard-router', sqs: 'switchboard-router' },
  { title: 'middy', http: 'middy', sqs: 'middy' },
  { title: 'Powertools parser (SQS: batch)', http: 'powertools-parser', sqs: 'powertools-batch' },
  { title: 'Powertools event-handler', http: 'powertools-event-handler' },
  { title: 'hono', http: 'hono' },
  { title: 'lambda-api', http: 'lambda-api' },
];

export const columns: readonly Column[] = [baselineColumn, switchboardColumn, ...peerColumns];

/** Every candidate module shown in a column, so figures of other candidates go to the notes. */
export function isColumnCandidate(scenario: 'http' | 'sqs', module: string): boolean {
  return columns.some((column) => column[scenario] === module);
}
