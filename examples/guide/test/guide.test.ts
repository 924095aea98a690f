import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { renderGuide, renderGuideIn } from '../../../scripts/docs/guide.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const guideDir = join(repoRoot, 'docs/guide');
const pages = readdirSync(guideDir).filter((name) => name.endsWith('.md'));
const topics = [
  'getting-started.md',
  'router-and-middleware.md',
  'http.md',
  'batch.md',
  'custom-resources.md',
  'testing-and-local-dev.md',
  'deploying.md',
];

interface Block {
  readonly lang: string;
  readonly marker: string | undefined;
  readonly content: string;
}

/** Every fenced block of a page, with the embed marker on the line before it (if any). */
function blocksOf(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)$/.exec(lines[index] as string);
    if (open === null) continue;
    const close = lines.indexOf('```', index + 1);
    if (close === -1) throw new Error(`unclosed fence at line ${index + 1}`);
    const marker = /^<!-- embed: (\S+) -->$/.exec(lines[index - 1] ?? '')?.[1];
    blocks.push({ lang: open[1] as string, marker, content: lines.slice(index + 1, close).join('\n') });
    index = close;
  }
  return blocks;
}

describe('docs/guide', () => {
  it('has the table of contents and one page per topic, each linked from it', () => {
    const toc = readFileSync(join(guideDir, 'README.md'), 'utf8');
    for (const topic of topics) {
      expect(pages).toContain(topic);
      expect(toc).toContain(`](${topic})`);
    }
  });

  it.each(topics)('%s has 2 to 5 code blocks, and every ts block is an embedded file with its exact text', (page) => {
    const blocks = blocksOf(readFileSync(join(guideDir, page), 'utf8'));
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.length).toBeLessThanOrEqual(5);
    for (const block of blocks) {
      if (block.lang === 'ts' || block.lang === 'typescript') expect(block.marker).toMatch(/^examples\/.+\.ts$/);
      if (block.marker === undefined) continue;
      const file = readFileSync(join(repoRoot, block.marker), 'utf8').replace(/\n$/, '');
      expect(block.content).toBe(file);
    }
  });

  it('links only to pages and files that exist', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(join(guideDir, page), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!/^https?:/.test(target as string) && !existsSync(join(guideDir, target as string))) {
          broken.push(`${page} -> ${target}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('renderGuide leaves the committed guide unchanged (npm run docs:check passes)', () => {
    const rendered = renderGuide();
    expect([...rendered.keys()].sort()).toEqual(pages.map((page) => `docs/guide/${page}`).sort());
    for (const [page, text] of rendered) expect(text).toBe(readFileSync(join(repoRoot, page), 'utf8'));
  });
});

describe('renderGuideIn (on a scratch repository: test pages and a copy of the example sources)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'guide-'));
  mkdirSync(join(copy, 'docs/guide'), { recursive: true });
  cpSync(join(repoRoot, 'examples/guide/src'), join(copy, 'examples/guide/src'), { recursive: true });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  const writePage = (name: string, text: string) => writeFileSync(join(copy, 'docs/guide', name), text);

  it('puts the current text of an embedded file back into its fence', () => {
    writePage('zz-stale.md', '# Stale\n\n<!-- embed: examples/guide/src/http-openapi.ts -->\n```ts\nold code\n```\n');
    const rendered = renderGuideIn(copy).get('docs/guide/zz-stale.md');
    const current = readFileSync(join(copy, 'examples/guide/src/http-openapi.ts'), 'utf8');
    expect(rendered).toBe(
      `# Stale\n\n<!-- embed: examples/guide/src/http-openapi.ts -->\n\`\`\`ts\n${current}\`\`\`\n`,
    );
    rmSync(join(copy, 'docs/guide/zz-stale.md'));
  });

  it('throws naming the page and the path when an embedded file is missing', () => {
    writePage('zz-missing.md', '<!-- embed: examples/guide/src/gone.ts -->\n```ts\n```\n');
    expect(() => renderGuideIn(copy)).toThrow('docs/guide/zz-missing.md: embedded file examples/guide/src/gone.ts');
    rmSync(join(copy, 'docs/guide/zz-missing.md'));
  });

  it('refuses a marker without a fence after it, and a path outside examples/', () => {
    writePage('zz-bad.md', '<!-- embed: examples/guide/src/http-app.ts -->\n\nprose\n');
    expect(() => renderGuideIn(copy)).toThrow(/zz-bad\.md: the embed marker for examples\/guide\/src\/http-app\.ts/);
    writePage('zz-bad.md', '<!-- embed: ../secrets.txt -->\n```\n```\n');
    expect(() => renderGuideIn(copy)).toThrow(
      /zz-bad\.md: embed path \.\.\/secrets\.txt must be a file under examples/,
    );
    rmSync(join(copy, 'docs/guide/zz-bad.md'));
  });
});
