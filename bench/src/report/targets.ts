/**
 * The targets of issue 7, each checked against the headline Switchboard
 * candidate (the HTTP app for HTTP, `sqsBatch` for SQS).
 */
export type Target =
  | { readonly kind: 'at-least'; readonly ratio: number }
  | { readonly kind: 'at-most'; readonly ratio: number }
  | { readonly kind: 'at-most-kb'; readonly kb: number };

export const targets = {
  httpThroughput: { kind: 'at-least', ratio: 0.85 },
  sqsThroughput: { kind: 'at-least', ratio: 0.95 },
  coldStart: { kind: 'at-most', ratio: 1.05 },
  httpBundle: { kind: 'at-most-kb', kb: 5 },
  sqsBundle: { kind: 'at-most-kb', kb: 3 },
} as const satisfies Record<string, Target>;

/** Whether `value` (a ratio, or kilobytes above the baseline) meets `target`. */
export function meets(target: Target, value: number): boolean {
  switch (target.kind) {
    case 'at-least':
      return value >= target.ratio;
    case 'at-most':
      return value <= target.ratio;
    case 'at-most-kb':
      return value <= target.kb;
  }
}

/** The target as the table's "target" column shows it. */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'at-least':
      return `≥ ${target.ratio.toFixed(2)}×`;
    case 'at-most':
      return `≤ ${target.ratio.toFixed(2)}×`;
    case 'at-most-kb':
      return `≤ +${target.kb} KB`;
  }
}
