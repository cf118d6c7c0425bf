import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeCodeBlocks } from '@mintlify/common/rehype-code-blocks';
import { serialize } from '@mintlify/mdx/server';
import { MDXClient } from '@mintlify/mdx/client';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { MDX_COMPONENTS } from './mdx-components.js';
import { readPage } from './docs-site.js';

const here = dirname(fileURLToPath(import.meta.url));
const requireHere = createRequire(import.meta.url);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The serialized page as a script literal; `<` escaped so no string can close the tag. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

interface TreeNode {
  readonly type?: string;
  readonly name?: string;
  attributes?: { readonly name?: string }[];
  readonly properties?: Record<string, unknown>;
  readonly children?: readonly TreeNode[];
}

/**
 * rehypeCodeBlocks also counts each block's lines (`numberOfLines`, on the CodeBlock and its
 * <code>) for the hosted theme's own wrapper; React would put it on a DOM element.
 */
function withoutLineCounts() {
  const strip = (node: TreeNode): void => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'CodeBlock' && node.attributes)
      node.attributes = node.attributes.filter((attribute) => attribute.name !== 'numberOfLines');
    if (node.properties && 'numberOfLines' in node.properties) delete node.properties.numberOfLines;
    for (const child of node.children ?? []) strip(child);
  };
  return strip;
}

/** One page as a full HTML document: server-rendered MDX, then hydrated by /client.js. */
export async function renderPage(page: string): Promise<string> {
  // Mintlify's own step that turns a fenced block's meta (```typescript verify-webhook.ts) into a
  // CodeBlock with its filename, the tab title a CodeGroup shows, as the hosted build does after
  // highlighting: without it every tab of a group renders with an empty label.
  const serialized = await serialize({
    source: await readPage(page),
    parseFrontmatter: true,
    mdxOptions: { rehypePlugins: [rehypeCodeBlocks, withoutLineCounts] },
  });
  if ('error' in serialized && serialized.error) throw new Error(`docs/${page}.mdx does not compile: ${String(serialized.error)}`);
  const props = serialized as Parameters<typeof MDXClient>[0];
  const body = renderToString(createElement(MDXClient, { ...props, components: MDX_COMPONENTS }));
  const frontmatter = (serialized as { frontmatter?: { title?: string; description?: string } }).frontmatter ?? {};
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(frontmatter.title ?? page)}</title>
<link rel="stylesheet" href="/styles.css"><link rel="icon" href="data:,">
<style>body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#111}main{max-width:820px;margin:0 auto;padding:32px 24px}h1{font-size:2rem;margin:0 0 4px}.lead{color:#555;margin:0 0 24px}</style>
</head><body><main><h1>${escapeHtml(frontmatter.title ?? '')}</h1><p class="lead">${escapeHtml(frontmatter.description ?? '')}</p>
<article id="root" class="prose">${body}</article></main>
<script>window.__PAGE__=${scriptJson(props)}</script><script type="module" src="/client.js"></script></body></html>`;
}

/**
 * Renders the pages into `outDir` (`<page>.html`), with Mintlify's component styles and a
 * browser bundle that hydrates them. Returns the pages rendered.
 */
export async function renderSite(pages: readonly string[], outDir: string): Promise<void> {
  await build({
    entryPoints: [join(here, 'client-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    outfile: join(outDir, 'client.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFile(
    join(outDir, 'styles.css'),
    await import('node:fs/promises').then((fs) => fs.readFile(requireHere.resolve('@mintlify/components/styles.css'))),
  );
  for (const page of pages) {
    const target = join(outDir, `${page}.html`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, await renderPage(page));
  }
}
