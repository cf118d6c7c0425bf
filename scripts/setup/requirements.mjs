// @ts-check
// Everything the tests need beyond Node and npm, one entry each: `npm run setup` installs what
// is missing (apt-get for Debian's packages, npm for the pinned AsyncAPI CLI), and each suite
// that needs one checks it first (test/support/require-tools.ts) and fails with the line
// `<label> is not installed: <install command> (npm run setup does this)`.
//
// A new one is one more entry: a name the suites ask for, the label its message starts with, what
// needs it, how to tell it is there (a program on PATH, a file, a command that exits 0), and the
// Debian packages that bring it (or the command that installs it).

/**
 * @typedef {{ readonly commands: readonly string[] } | { readonly file: string } | { readonly run: readonly string[] } | { readonly npmPrefix: string, readonly pkg: string }} Probe
 *   `commands`: programs that must all be on PATH; `file`: a path that must exist (relative
 *   ones from the repository root); `run`: a command that must exit 0; `npmPrefix` and `pkg`:
 *   an npm package installed under that folder at the version its package.json pins.
 * @typedef {{ readonly apt: readonly string[] } | { readonly npm: readonly string[] }} Install
 *   `apt`: Debian packages; `npm`: the arguments of an npm command, run from the repository root.
 * @typedef {{ readonly name: string, readonly label: string, readonly neededBy: string, readonly probe: Probe, readonly install: Install }} Requirement
 */

/** @type {readonly Requirement[]} */
export const REQUIREMENTS = [
  {
    name: 'chromium',
    label: 'chromium',
    neededBy: 'the rendered docs pages (test/docs)',
    probe: { file: '/usr/bin/chromium' },
    install: { apt: ['chromium'] },
  },
  { name: 'go', label: 'go', neededBy: 'the Go verification snippet', probe: { commands: ['go'] }, install: { apt: ['golang-go'] } },
  { name: 'ruby', label: 'ruby', neededBy: 'the Ruby verification snippet', probe: { commands: ['ruby'] }, install: { apt: ['ruby'] } },
  { name: 'php', label: 'php', neededBy: 'the PHP verification snippet', probe: { commands: ['php'] }, install: { apt: ['php-cli'] } },
  {
    name: 'jdk',
    label: 'a JDK 17 (javac, java)',
    neededBy: 'the Java verification snippet',
    probe: { commands: ['javac', 'java'] },
    install: { apt: ['openjdk-17-jdk-headless'] },
  },
  { name: 'python3', label: 'python3', neededBy: 'the Python snippet, recipe and harness', probe: { commands: ['python3'] }, install: { apt: ['python3'] } },
  // Debian's python3-flask installs for Debian's Python, which may not be the first python3 on PATH.
  {
    name: 'flask',
    label: 'Flask (with Werkzeug) for /usr/bin/python3',
    neededBy: 'the Flask recipe',
    probe: { run: ['/usr/bin/python3', '-c', 'import flask, werkzeug'] },
    install: { apt: ['python3-flask', 'python3-werkzeug'] },
  },
  {
    name: 'stress-ng',
    label: 'stress-ng',
    neededBy: 'npm run test:load (the suite with every core busy)',
    probe: { commands: ['stress-ng'] },
    install: { apt: ['stress-ng'] },
  },
  // About 440 MB, pinned apart from the devDependencies; installed after them.
  {
    name: 'asyncapi-cli',
    label: 'the official AsyncAPI CLI (tools/asyncapi-cli)',
    neededBy: 'the docs parity test (test/docs/generator-parity.test.ts)',
    probe: { npmPrefix: 'tools/asyncapi-cli', pkg: '@asyncapi/cli' },
    install: { npm: ['ci', '--prefix', 'tools/asyncapi-cli', '--no-audit', '--no-fund', '--loglevel=error'] },
  },
];
