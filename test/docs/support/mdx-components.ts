import { Accordion, Callout, Card, CodeBlock, CodeGroup, Columns, Expandable, Note, Property, Steps, Tabs, Tip, Warning } from '@mintlify/components';
import { createElement, type ReactNode } from 'react';

interface ResponseFieldProps {
  readonly name: string;
  readonly type: string;
  readonly required?: boolean;
  readonly deprecated?: boolean;
  readonly children?: ReactNode;
}

/**
 * The Mintlify MDX names our pages use, mapped onto @mintlify/components: some have no export
 * of their own name (`CardGroup` is `Columns`, `Step` is `Steps.Item`, `ResponseField` is `Property`);
 * `CodeBlock` is what Mintlify's rehypeCodeBlocks wraps each fenced block in (see render-site.ts). Shared by the server render and the browser hydration.
 */
export const MDX_COMPONENTS = {
  Accordion,
  Callout,
  Card,
  CardGroup: Columns,
  CodeBlock,
  CodeGroup,
  Expandable,
  Note,
  ResponseField: ({ children, ...props }: ResponseFieldProps) => createElement(Property, { ...props, children }),
  ParamField: ({ children, ...props }: ResponseFieldProps) => createElement(Property, { ...props, children }),
  Step: Steps.Item,
  Steps,
  Tab: Tabs.Item,
  Tabs,
  Tip,
  Warning,
};
