// Runs in the browser: hydrates the server-rendered page with the same MDX and components,
// so component code runs for real and any React error reaches the console.
import { MDXClient } from '@mintlify/mdx/client';
import { createElement, useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { MDX_COMPONENTS } from './mdx-components.js';

type SerializedPage = Parameters<typeof MDXClient>[0];

function Hydrated({ children }: { children: ReactNode }): ReactNode {
  useEffect(() => {
    document.body.dataset.hydrated = 'true';
  }, []);
  return children;
}

const page = (window as unknown as { __PAGE__: SerializedPage }).__PAGE__;
const root = document.getElementById('root');
if (root === null) throw new Error('the page has no #root element');
hydrateRoot(root, createElement(Hydrated, null, createElement(MDXClient, { ...page, components: MDX_COMPONENTS })));
