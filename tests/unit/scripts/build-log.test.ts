import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortAstroLog } from '../../../scripts/lib/build-log.ts';
import { shortPagefindLog } from '../../../src/lib/build/pagefind-log.ts';

test("the build log drops Astro's route lines and keeps its steps, warnings and errors", () => {
  const log = [
    '10:24:25 [build] Rearranging server assets...',
    ' generating static routes ',
    '10:24:25   ├─ /404.html10:24:25   ├─ /api/v1/types.json (+51ms) ',
    '10:24:25   └─ /types/a/index.html (+8ms) ',
    ' (+9ms) ',
    '10:24:33 [WARN] [glob-loader] a real warning',
    '10:24:34 [build] 1261 page(s) built in 11.52s',
  ].join('\n');
  assert.equal(
    shortAstroLog(log),
    ['10:24:25 [build] Rearranging server assets...', ' generating static routes ', '10:24:33 [WARN] [glob-loader] a real warning', '10:24:34 [build] 1261 page(s) built in 11.52s'].join('\n'),
  );
});

test("Pagefind's report becomes one line, and its warnings stay", () => {
  const report = 'Running Pagefind v1.5.2\n[Walking source directory]\nTotal: \n  Indexed 1 language\n  Indexed 99 pages\n  Indexed 3763 words\n\nFinished in 1.098 seconds\n';
  assert.equal(shortPagefindLog(report), '[pagefind] indexed 99 pages in 1.098 s\n');
  assert.equal(shortPagefindLog(`WARN: no data-pagefind-body\n${report}`), 'WARN: no data-pagefind-body\n[pagefind] indexed 99 pages in 1.098 s\n');
});
