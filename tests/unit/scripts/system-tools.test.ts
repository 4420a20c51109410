import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ensureTools, type Machine, type Tool } from '../../../scripts/lib/system-tools.ts';

/** A tool whose probe reads `installed`, so a fake installer can make it appear. */
function fakeTools(names: string[], present: string[], brew = true) {
  const installed = new Set(present);
  const tools: Tool[] = names.map((name) => ({
    name,
    purpose: `for ${name}`,
    packages: { apt: [`${name}-apt`, `${name}-lib`], ...(brew && { brew: `${name}-brew` }) },
    problem: () => (installed.has(name) ? undefined : `no ${name}`),
  }));
  const installs: string[][] = [];
  const aptGet = (packages: string[]) => {
    installs.push(packages);
    for (const name of names) if (packages.includes(`${name}-apt`)) installed.add(name);
  };
  return { tools, installs, aptGet };
}

const debianRoot: Machine = { platform: 'linux', root: true, apt: true };
const debianUser: Machine = { platform: 'linux', root: false, apt: true };

test('with every tool there, nothing is installed and the tests go on', () => {
  const { tools, installs, aptGet } = fakeTools(['a', 'b'], ['a', 'b']);
  assert.equal(ensureTools(tools, debianRoot, aptGet), undefined);
  assert.deepEqual(installs, []);
});

test('root on Debian installs exactly the missing tools, in one apt-get, and the tests go on', () => {
  const { tools, installs, aptGet } = fakeTools(['a', 'b', 'c'], ['a']);
  assert.equal(ensureTools(tools, debianRoot, aptGet), undefined);
  assert.deepEqual(installs, [['b-apt', 'b-lib', 'c-apt', 'c-lib']]);
});

test('anyone else is stopped at once with the one command that installs the missing tools, and only them', () => {
  const { tools, installs, aptGet } = fakeTools(['a', 'b', 'c'], ['a']);
  const message = ensureTools(tools, debianUser, aptGet)!;
  assert.deepEqual(installs, []);
  assert.match(message, /- b: for b \(no b\)\n {2}- c: for c \(no c\)\n/);
  assert.match(message, /\n {2}sudo apt-get install -y --no-install-recommends b-apt b-lib c-apt c-lib\n/);
  assert.doesNotMatch(message, /a-apt/);
});

test('root without apt-get, or on macOS, is told the command rather than installed for', () => {
  const { tools, installs, aptGet } = fakeTools(['b'], []);
  assert.match(ensureTools(tools, { platform: 'linux', root: true, apt: false }, aptGet)!, /\n {2}apt-get install -y --no-install-recommends b-apt b-lib\n/);
  assert.match(ensureTools(tools, { platform: 'darwin', root: true, apt: false }, aptGet)!, /\n {2}brew install b-brew\n/);
  assert.deepEqual(installs, []);
});

test('on macOS a tool Homebrew does not have is named as Debian-only', () => {
  const wp = fakeTools(['wp'], [], false).tools;
  const message = ensureTools([...fakeTools(['b'], []).tools, ...wp], { platform: 'darwin', root: false, apt: false })!;
  assert.match(message, /\n {2}brew install b-brew\nwp comes only from Debian's packages/);
  assert.doesNotMatch(ensureTools(wp, { platform: 'darwin', root: false, apt: false })!, /brew install/);
});

test('an install that fails, or leaves a tool still missing, stops the tests with the command and why', () => {
  const failing = fakeTools(['b'], []);
  const failed = ensureTools(failing.tools, debianRoot, () => {
    throw new Error('apt-get update -qq exited with 100');
  })!;
  assert.match(failed, /Installing them with apt-get failed: apt-get update -qq exited with 100\n/);
  assert.match(failed, /\n {2}apt-get install -y --no-install-recommends b-apt b-lib\n/);
  const { tools } = fakeTools(['b'], []);
  assert.match(ensureTools(tools, debianRoot, () => {})!, /- b: for b \(no b\)/);
});
