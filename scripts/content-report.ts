/** `npm run content:report`: per kind, counts, words, reading grade, sources, floors, orphans and overdue reviews. */
import { belowFloor, isOverdue } from '../src/lib/checks/content-floors.ts';
import { median } from '../src/lib/checks/readability.ts';
import { ARTICLE_KINDS, KINDS } from '../src/lib/model/kinds.ts';
import { measureContent, orphans } from './measure-content.ts';

const articles = measureContent();
const today = new Date();
const rows = ARTICLE_KINDS.map((kind) => {
  const list = articles.filter((a) => a.kind === kind);
  return {
    kind,
    count: `${list.length} (floor ${KINDS[kind].floor.count})`,
    'words min': Math.min(...list.map((a) => a.words)),
    'words median': median(list.map((a) => a.words)),
    'grade median': Math.round(median(list.map((a) => a.grade)) * 10) / 10,
    'grade max': Math.max(...list.map((a) => a.grade)),
    'sources min': Math.min(...list.map((a) => a.sources)),
    'below floor': list.filter((a) => belowFloor(a).length > 0).length,
    overdue: list.filter((a) => isOverdue(a.lastReviewed, today)).length,
  };
});
console.table(rows);

const low = articles.filter((a) => belowFloor(a).length > 0);
if (low.length) console.log('Below the floors:\n' + low.map((a) => `  ${a.kind}/${a.id}: ${belowFloor(a).join(', ')}`).join('\n'));
const hard = articles.filter((a) => a.grade > 10);
if (hard.length) console.log('Reading grade above 10:\n' + hard.map((a) => `  ${a.kind}/${a.id}: grade ${a.grade}`).join('\n'));
const lonely = orphans(articles);
console.log(lonely.length ? 'Orphans (nothing links to them):\n' + lonely.map((a) => `  ${a.kind}/${a.id}`).join('\n') : 'No orphans.');
const overdue = articles.filter((a) => isOverdue(a.lastReviewed, today));
if (overdue.length) console.log('Review overdue:\n' + overdue.map((a) => `  ${a.kind}/${a.id}`).join('\n'));
