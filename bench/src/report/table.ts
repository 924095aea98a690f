import type { BuiltBundle } from '../bundle-size/build-handler.js';
import { bundleKey, flavours } from '../bundle-size/handler-bundles.js';
import type { ColdStart } from '../cold-start/measure.js';
import type { Figure } from '../harness.js';
import type { DetectionFigure } from '../scenarios/detection.js';
import { baselineColumn, type Column, columns, isColumnCandidate, switchboardColumn } from './columns.js';
import { describeTarget, meets, type Target, targets } from './targets.js';

type Kind = 'http' | 'sqs';

export interface BenchResults {
  readonly throughput: readonly { readonly kind: Kind; readonly name: string; readonly figures: readonly Figure[] }[];
  readonly detection: readonly DetectionFigure[];
  readonly coldStarts: ReadonlyMap<string, ColdStart>;
  readonly bundles: readonly BuiltBundle[];
}

interface Row {
  readonly label: string;
  readonly target?: Target;
  /** The baseline's absolute figure, then each other column's figure relative to it (a ratio or +KB). */
  readonly cell: (column: Column) => { readonly text: string; readonly value?: number } | undefined;
}

/** Two decimals, or two significant digits below 0.1× so a slow peer does not read as 0.00×. */
const formatRatio = (value: number) => (value >= 0.1 ? value.toFixed(2) : value.toPrecision(2));
const ratio = (value: number) => ({ text: `${formatRatio(value)}×`, value });
const kb = (bytes: number) => bytes / 1024;

function throughputRows(results: BenchResults): Row[] {
  return results.throughput.map(({ kind, name, figures }) => ({
    label: `${name}: invocations/s`,
    target: kind === 'http' ? targets.httpThroughput : targets.sqsThroughput,
    cell: (column) => {
      const figure = figures.find((f) => f.candidate === column[kind]);
      if (figure === undefined) return undefined;
      if (column === baselineColumn) return { text: `${Math.round(figure.opsPerSecond).toLocaleString('en-US')}/s` };
      return ratio(figure.ratio);
    },
  }));
}

function coldStartRows(results: BenchResults): Row[] {
  return (['http', 'sqs'] as const).flatMap((kind) =>
    flavours.map((flavour) => ({
      label: `cold start, ${kind === 'http' ? 'HTTP' : 'SQS'} (zod ${flavour}): spawn → first answer`,
      target: targets.coldStart,
      cell: (column: Column) => {
        const module = column[kind];
        const figure = module && results.coldStarts.get(bundleKey({ scenario: kind, flavour, module }));
        if (!figure) return undefined;
        return column === baselineColumn ? { text: `${figure.medianMs.toFixed(0)} ms` } : ratio(figure.ratio);
      },
    })),
  );
}

function bundleRows(results: BenchResults): Row[] {
  const size = (kind: Kind, flavour: string, module: string | undefined) =>
    results.bundles.find((b) => b.scenario === kind && b.flavour === flavour && b.module === module)?.gzipBytes;
  return (['http', 'sqs'] as const).flatMap((kind) =>
    flavours.map((flavour) => ({
      label: `bundle, ${kind === 'http' ? 'HTTP' : 'SQS'} (zod ${flavour}): gzip, above hand-written`,
      target: kind === 'http' ? targets.httpBundle : targets.sqsBundle,
      cell: (column: Column) => {
        const bytes = size(kind, flavour, column[kind]);
        const base = size(kind, flavour, baselineColumn[kind]);
        if (bytes === undefined || base === undefined) return undefined;
        if (column === baselineColumn) return { text: `${kb(bytes).toFixed(1)} KB` };
        const above = kb(bytes - base);
        return { text: `${above >= 0 ? '+' : ''}${above.toFixed(1)} KB`, value: above };
      },
    })),
  );
}

function detectionRow(results: BenchResults): Row {
  const [mounted] = results.detection;
  return {
    label: `detection, all ${mounted?.sources ?? 0} sources mounted: median ns per event`,
    cell: (column) =>
      column === switchboardColumn && mounted ? { text: `${Math.round(mounted.nsPerEvent)} ns` } : undefined,
  };
}

function toLine(row: Row): string {
  const cells = columns.map((column) => {
    const cell = row.cell(column);
    if (cell === undefined) return '';
    if (column !== switchboardColumn || row.target === undefined || cell.value === undefined) return cell.text;
    return `${cell.text} ${meets(row.target, cell.value) ? '✓' : '✗'}`;
  });
  return `| ${row.label} | ${row.target ? describeTarget(row.target) : ''} | ${cells.join(' | ')} |`;
}

/** Figures of candidates without a column (reference variants) and the detection details. */
function notes(results: BenchResults): string[] {
  const lines = results.throughput.flatMap(({ kind, name, figures }) =>
    figures
      .filter((f) => !isColumnCandidate(kind, f.candidate))
      .map((f) => `- ${name}, ${f.candidate}: ${formatRatio(f.ratio)}× hand-written`),
  );
  for (const figure of results.detection) {
    const left =
      figure.undetectable.length > 0
        ? `; no sample for ${figure.undetectable.join(', ')} (never detected, by design)`
        : '';
    lines.push(
      `- detection, ${figure.name}: ${Math.round(figure.nsPerEvent)} ns per event over ${figure.events} sample events${left}`,
    );
  }
  return lines;
}

/** The one markdown table of the run, targets checked on the Switchboard column, then the notes. */
export function toMarkdown(results: BenchResults): string {
  const rows = [...throughputRows(results), ...coldStartRows(results), ...bundleRows(results), detectionRow(results)];
  const header = `| scenario | target | ${columns.map((c) => c.title).join(' | ')} |`;
  const rule = `|---|---|${columns.map(() => '---:').join('|')}|`;
  return [header, rule, ...rows.map(toLine), '', ...notes(results)].join('\n');
}
