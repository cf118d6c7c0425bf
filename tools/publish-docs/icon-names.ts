import { createRequire } from 'node:module';
import type { IconLibrary } from '../../templates/mintlify-webhooks/lib/icons.js';

const requireHere = createRequire(import.meta.url);

/**
 * Where each library's icon names come from: the Iconify JSON sets, devDependencies pinned in
 * package.json. Mintlify draws Font Awesome from its Pro set; these are the free solid and
 * brand sets, which Pro contains, so a name found here exists on the site (a Pro-only name
 * would be reported missing: name a free one instead).
 */
const ICON_SETS: { readonly [library in IconLibrary]: readonly string[] } = {
  lucide: ['@iconify-json/lucide/icons.json'],
  fontawesome: ['@iconify-json/fa7-solid/icons.json', '@iconify-json/fa7-brands/icons.json'],
  tabler: ['@iconify-json/tabler/icons.json'],
};

interface IconifySet {
  readonly icons: Readonly<Record<string, unknown>>;
  readonly aliases?: Readonly<Record<string, unknown>>;
}

const known = new Map<IconLibrary, ReadonlySet<string>>();

/** Every icon name a library has, renamed ones (aliases) included. */
export function iconNamesOf(library: IconLibrary): ReadonlySet<string> {
  const cached = known.get(library);
  if (cached) return cached;
  const names = new Set<string>();
  for (const file of ICON_SETS[library]) {
    const set = requireHere(file) as IconifySet;
    for (const name of [...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})]) names.add(name);
  }
  known.set(library, names);
  return names;
}
