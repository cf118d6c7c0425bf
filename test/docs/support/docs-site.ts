import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DOCS_DIR = 'docs';

interface NavGroup {
  readonly group: string;
  readonly pages: readonly (string | NavGroup)[];
}

function pagesOf(entries: readonly (string | NavGroup)[]): string[] {
  return entries.flatMap((entry) => (typeof entry === 'string' ? [entry] : pagesOf(entry.pages)));
}

/** Every page the navigation of docs/docs.json lists, in order (`webhooks/overview`, ...). */
export async function navigationPages(root = DOCS_DIR): Promise<string[]> {
  const config = JSON.parse(await readFile(join(root, 'docs.json'), 'utf8')) as { navigation: { groups: NavGroup[] } };
  return pagesOf(config.navigation.groups);
}

export async function readPage(page: string, root = DOCS_DIR): Promise<string> {
  return readFile(join(root, `${page}.mdx`), 'utf8');
}

/** `webhooks/events/conversation-created` for an event type, as the template names its page. */
export function eventPage(type: string): string {
  return `webhooks/events/${type.replace(/[._]/g, '-')}`;
}
