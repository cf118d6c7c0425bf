// Type declarations for what the docs harness uses from packages whose types do not load
// here: react-dom ships none (no @types/react-dom installed), and @mintlify/components'
// index.d.ts re-exports without file extensions, which NodeNext resolution cannot follow.

declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function hydrateRoot(container: Element, children: ReactNode): unknown;
}

declare module 'react-dom/server' {
  import type { ReactNode } from 'react';
  export function renderToString(node: ReactNode): string;
}

declare module '@mintlify/components' {
  import type { ComponentType, ReactNode } from 'react';
  type Component = ComponentType<{ readonly children?: ReactNode } & Record<string, unknown>>;
  export const Accordion: Component;
  export const Callout: Component;
  export const Card: Component;
  export const CodeBlock: Component;
  export const CodeGroup: Component;
  export const Columns: Component;
  export const Expandable: Component;
  export const Note: Component;
  export const Property: Component;
  export const Steps: Component & { readonly Item: Component };
  export const Tabs: Component & { readonly Item: Component };
  export const Tip: Component;
  export const Warning: Component;
}
