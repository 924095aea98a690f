import { detectSource, router, type Source } from '@switchboard/core';
import { allSources } from '@switchboard/sources';
import { median } from '../stats.js';

export interface DetectionFigure {
  readonly name: string;
  /** Sources mounted, and the events in the rotation (one per source that can be detected). */
  readonly sources: number;
  readonly events: number;
  /** Sources whose own detector declines every event by design (iot: a rule sends any JSON). */
  readonly undetectable: readonly string[];
  /** Median over rounds of each round's mean cost per event, in nanoseconds. */
  readonly nsPerEvent: number;
}

export interface DetectionOptions {
  readonly rounds: number;
  /** Passes over the whole rotation of sample events per round. */
  readonly passesPerRound: number;
}

type Detect = (event: unknown) => Source | undefined;

/** Every built-in source's sample must be claimed by that source before anything is timed. */
function checkClaims(name: string, detect: Detect, events: readonly (readonly [Source, unknown])[]): void {
  for (const [source, event] of events) {
    const claimant = detect(event);
    if (claimant !== source) throw new Error(`${name}: the ${source.id} sample was claimed by ${claimant?.id}`);
  }
}

function nsPerEvent(detect: Detect, events: readonly unknown[], passes: number): number {
  let claimed = 0;
  const start = process.hrtime.bigint();
  for (let pass = 0; pass < passes; pass++) {
    for (const event of events) if (detect(event) !== undefined) claimed++;
  }
  const elapsed = Number(process.hrtime.bigint() - start);
  // Using the result keeps the loop from being optimised away.
  if (claimed !== passes * events.length) throw new Error('an event went unclaimed while timed');
  return elapsed / claimed;
}

/**
 * Detection with all 46 built-in sources mounted on one router (`match`, what
 * every invocation pays), and the linear `detectSource` scan tools use, over a
 * rotating set of one sample event per source.
 */
export function runDetection(options: DetectionOptions): DetectionFigure[] {
  const mounted = allSources.reduce((r, source) => r.on(source as never, async () => undefined), router());
  // A source that no detector claims by design (iot) adds no sample: its events are any JSON.
  const samples = allSources.map((source) => [source, source.sample()] as const).filter(([s, e]) => s.detect(e));
  const undetectable = allSources.filter((source) => !samples.some(([s]) => s === source)).map((s) => s.id);
  const events = samples.map(([, event]) => event);
  const detectors: readonly [string, Detect][] = [
    ['router().match, all sources mounted', (event) => mounted.match(event)?.source],
    ['detectSource(allSources) linear scan', (event) => detectSource(allSources, event)?.source],
  ];
  return detectors.map(([name, detect]) => {
    checkClaims(name, detect, samples);
    nsPerEvent(detect, events, options.passesPerRound); // warm-up
    const rounds = Array.from({ length: options.rounds }, () => nsPerEvent(detect, events, options.passesPerRound));
    return { name, sources: allSources.length, events: events.length, undetectable, nsPerEvent: median(rounds) };
  });
}
