/**
 * The programs `npm test` needs beyond npm's packages, checked before any
 * test runs, so a missing one stops the run within seconds with the command
 * that installs it instead of failing nine minutes in with "spawnSync java
 * ENOENT".
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface Tool {
  name: string;
  /** What the tests use it for. */
  purpose: string;
  /** Package names by installer. */
  packages: { apt: string; brew: string };
  /** undefined when present and usable, else what is wrong. */
  problem: () => string | undefined;
}

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const TOOLS: Tool[] = [
  {
    name: 'Chromium',
    purpose: 'the end-to-end tests drive it (Playwright never downloads a browser here)',
    packages: { apt: 'chromium', brew: '--cask chromium' },
    problem: () => {
      try {
        accessSync(CHROMIUM_PATH, constants.X_OK);
        return undefined;
      } catch {
        return `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH if it is elsewhere)`;
      }
    },
  },
  {
    name: 'Java 11 or newer',
    purpose: 'runs the W3C HTML checker over every page',
    packages: { apt: 'default-jre-headless', brew: 'openjdk' },
    problem: () => {
      const result = run('java', ['-version']);
      if (result.error) return 'no java on PATH';
      const major = Number(/version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 0);
      return major >= 11 ? undefined : `java is version ${major || 'unknown'}`;
    },
  },
];

/** The one command that installs every missing tool on this kind of machine. */
export function installCommand(missing: Tool[], platform: NodeJS.Platform = process.platform, root = process.getuid?.() === 0): string {
  if (platform === 'darwin') return `brew install ${missing.map((t) => t.packages.brew).join(' ')}`;
  return `${root ? '' : 'sudo '}apt-get install -y ${missing.map((t) => t.packages.apt).join(' ')}`;
}

/** undefined when every tool is there, else the message that says what is missing and how to install it. */
export function missingToolsMessage(tools: Tool[] = TOOLS, platform: NodeJS.Platform = process.platform, root = process.getuid?.() === 0): string | undefined {
  const missing = tools.map((tool) => ({ tool, problem: tool.problem() })).filter((m) => m.problem !== undefined);
  if (missing.length === 0) return undefined;
  return [
    'npm test needs programs this machine does not have:',
    ...missing.map(({ tool, problem }) => `  - ${tool.name}: ${tool.purpose} (${problem})`),
    'Install them with:',
    `  ${installCommand(missing.map((m) => m.tool), platform, root)}`,
    'then run npm test again.',
  ].join('\n');
}
