/** Markdown building blocks the generated pages share. */

/** A GitHub-flavoured table; cells are escaped so a `|` or a line break cannot split a row. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function escapeCell(cell: string): string {
  // GFM splits cells on every unescaped pipe, even inside a code span.
  return cell.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

/** A fenced code block whose fence is longer than any backtick run in `code`. */
export function codeBlock(language: string, code: string): string {
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${code.replace(/\n$/, '')}\n${fence}`;
}

/** Pretty JSON, as the pages print events and answers. */
export function jsonBlock(value: unknown): string {
  return codeBlock('json', JSON.stringify(value, null, 2) ?? 'undefined');
}

/** A collapsed block: GitHub renders the summary and hides the rest until clicked. */
export function collapsed(summary: string, body: string): string {
  // Blank lines around the body let markdown inside <details> render.
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
