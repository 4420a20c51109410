/**
 * On /compare/: narrows all three tables to the 2–4 types a reader picks (the
 * attribute table's rows, the two matrices' columns), keeping the choice in
 * the URL (?t=a&t=b) so it can be linked. Without JavaScript the form still
 * submits and the full tables show.
 */
import { parseTypeSelection, PICKED, type PickerWords } from '../lib/views/type-selection.ts';
import { plural } from '../i18n/plural.ts';
import { fill } from '../i18n/template.ts';

export function startTypePicker(): void {
  const form = document.querySelector<HTMLFormElement>('form.type-picker');
  const status = document.getElementById('picker-status');
  if (!form || !status) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-type]')];
  // A matrix has a column per type after its row names, in the boxes' order: both list the page's columns.
  const matrixRows = [...document.querySelectorAll<HTMLTableRowElement>('.type-columns tr')];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="t"]')];
  const known = boxes.map((b) => b.value);
  // The page's language's words, written into the form by the page (compareIndexView).
  const words = JSON.parse(form.dataset['words']!) as PickerWords;

  const apply = (ids: string[]) => {
    const hides = (type = '') => ids.length > 0 && !ids.includes(type);
    for (const box of boxes) box.checked = ids.includes(box.value);
    for (const row of rows) row.hidden = hides(row.dataset['type']);
    for (const row of matrixRows) for (const [i, box] of boxes.entries()) row.cells[i + 1]!.hidden = hides(box.value);
    status.textContent = ids.length ? fill(plural(ids.length, words.showing, words.locale), { count: ids.length }) : '';
  };

  apply(parseTypeSelection(new URLSearchParams(location.search).getAll('t'), known).ids);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const selection = parseTypeSelection(chosen, known);
    if (selection.problem) {
      status.textContent = fill(selection.problem === 'too-few' ? words.tooFew : words.tooMany, PICKED);
      return;
    }
    const url = new URL(location.href);
    url.searchParams.delete('t');
    for (const id of selection.ids) url.searchParams.append('t', id);
    history.pushState(null, '', url);
    apply(selection.ids);
    document.getElementById('all-attributes')?.scrollIntoView();
  });
}
