/** The example receivers in examples/, and how each starts. */
export const EXAMPLE_RECEIVERS: readonly { readonly name: string; readonly command: readonly string[] }[] = [
  { name: 'Node http', command: ['node_modules/.bin/tsx', 'examples/node-http/server.ts'] },
  { name: 'Express', command: ['node_modules/.bin/tsx', 'examples/express/server.ts'] },
  { name: 'Fetch-API handler (Node adapter)', command: ['node_modules/.bin/tsx', 'examples/fetch-handler/serve-node.ts'] },
  { name: 'Python standard library', command: ['python3', 'examples/python/receiver.py'] },
];
