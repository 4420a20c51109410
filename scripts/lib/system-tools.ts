/**
 * The programs the tests need beyond npm's packages: Chromium, Java and
 * Debian's WordPress. `npm test` checks them before any test runs. As root on
 * Debian (as CI runs) it installs the missing ones itself with apt-get;
 * anyone else is stopped within seconds with the one command that installs
 * them, instead of a test failing minutes in with "spawnSync java ENOENT".
 * The WordPress test calls the same function, so running it alone with
 * Playwright behaves the same.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

export interface Tool {
  name: string;
  /** What the tests use it for. */
  purpose: string;
  /** Debian's packages, and Homebrew's where it has one. */
  packages: { apt: string[]; brew?: string };
  /** undefined when present and usable, else what is wrong. */
  problem: () => string | undefined;
}

/** What decides how a missing tool is got. */
export interface Machine {
  platform: NodeJS.Platform;
  root: boolean;
  /** Debian's apt-get is on PATH. */
  apt: boolean;
}

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' });

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const WP_OEMBED = '/usr/share/wordpress/wp-includes/class-wp-oembed.php';

const CHROMIUM: Tool = {
  name: 'Chromium',
  purpose: 'the end-to-end tests drive it (Playwright never downloads a browser here)',
  packages: { apt: ['chromium'], brew: '--cask chromium' },
  problem: () => {
    try {
      accessSync(CHROMIUM_PATH, constants.X_OK);
      return undefined;
    } catch {
      return `no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH if it is elsewhere)`;
    }
  },
};

const JAVA: Tool = {
  name: 'Java 11 or newer',
  purpose: 'runs the W3C HTML checker over every page',
  packages: { apt: ['default-jre-headless'], brew: 'openjdk' },
  problem: () => {
    const result = run('java', ['-version']);
    if (result.error) return 'no java on PATH';
    const major = Number(/version "(\d+)/.exec(`${result.stderr}${result.stdout}`)?.[1] ?? 0);
    return major >= 11 ? undefined : `java is version ${major || 'unknown'}`;
  },
};

export const WORDPRESS: Tool = {
  name: 'WordPress and PHP',
  purpose: "WordPress's own oEmbed code embeds the site's cards (tests/e2e/discovery.spec.ts)",
  // Debian's layout (/usr/share/wordpress) is what tests/e2e/wordpress/oembed.php loads; Homebrew has none.
  packages: { apt: ['php-cli', 'wordpress'] },
  problem: () => {
    if (run('php', ['--version']).error) return 'no php on PATH';
    return existsSync(WP_OEMBED) ? undefined : `no ${WP_OEMBED}`;
  },
};

export const TOOLS: Tool[] = [CHROMIUM, JAVA, WORDPRESS];

function thisMachine(): Machine {
  return { platform: process.platform, root: process.getuid?.() === 0, apt: !run('apt-get', ['--version']).error };
}

/** The tests use none of the recommended extras (WordPress's translations and theme, Chromium's sandbox helper). */
const APT_INSTALL = ['install', '-y', '--no-install-recommends'];

/** The one command that installs every missing tool on this kind of machine. */
function installCommand(missing: Tool[], machine: Machine): string {
  if (machine.platform === 'darwin') return `brew install ${missing.flatMap((t) => t.packages.brew ?? []).join(' ')}`;
  return `${machine.root ? '' : 'sudo '}apt-get ${APT_INSTALL.join(' ')} ${missing.flatMap((t) => t.packages.apt).join(' ')}`;
}

/** Whether the missing tools are installed here rather than asked for: only root can, and only with apt-get. */
const installsItself = (machine: Machine) => machine.root && machine.apt && machine.platform === 'linux';

function stopMessage(missing: { tool: Tool; problem: string }[], machine: Machine, failure?: string): string {
  const tools = missing.map((m) => m.tool);
  const debianOnly = machine.platform === 'darwin' ? tools.filter((t) => !t.packages.brew) : [];
  const installable = tools.filter((t) => !debianOnly.includes(t));
  return [
    'The tests need programs this machine does not have:',
    ...missing.map(({ tool, problem }) => `  - ${tool.name}: ${tool.purpose} (${problem})`),
    ...(failure ? [`Installing them with apt-get failed: ${failure}`] : []),
    ...(installable.length ? ['Install them with:', `  ${installCommand(installable, machine)}`] : []),
    ...debianOnly.map((t) => `${t.name} comes only from Debian's packages: run these tests on Debian (or in a Debian container).`),
    'then run the tests again.',
  ].join('\n');
}

function missingOf(tools: Tool[]) {
  return tools.map((tool) => ({ tool, problem: tool.problem() })).filter((m): m is { tool: Tool; problem: string } => m.problem !== undefined);
}

/** apt-get update (a fresh machine's package lists may be empty), then one install; its errors are shown. */
function aptGetInstall(packages: string[]): void {
  console.error(`Installing what the tests need from Debian: ${packages.join(' ')} (a minute or two) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], [...APT_INSTALL, '-qq', ...packages]]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.error || result.status !== 0) throw new Error(`apt-get ${args.join(' ')} ${result.error?.message ?? `exited with ${result.status}`}`);
  }
}

/**
 * Makes sure every tool is there: installs the missing ones when this
 * machine can (root on Debian), then looks again. undefined when all are
 * there, else the message that stops the tests with the one command to run.
 */
export function ensureTools(tools: Tool[], machine: Machine = thisMachine(), install: (packages: string[]) => void = aptGetInstall): string | undefined {
  const missing = missingOf(tools);
  if (missing.length === 0) return undefined;
  if (!installsItself(machine)) return stopMessage(missing, machine);
  try {
    install(missing.flatMap((m) => m.tool.packages.apt));
  } catch (error) {
    return stopMessage(missing, machine, (error as Error).message);
  }
  const still = missingOf(tools);
  return still.length === 0 ? undefined : stopMessage(still, machine);
}
