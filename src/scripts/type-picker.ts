/**
 * On /compare/: narrows the all-types table to the 2–4 types a reader picks,
 * keeping the choice in the URL (?t=a&t=b) so it can be linked. Without
 * JavaScript the form still submits and the full table shows.
 */
import { parseTypeSelection } from '../lib/views/type-selection.ts';

export function startTypePicker(): void {
  const form = document.querySelector<HTMLFormElement>('form.type-picker');
  const status = document.getElementById('picker-status');
  if (!form || !status) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-type]')];
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="t"]')];
  const known = boxes.map((b) => b.value);

  const apply = (ids: string[]) => {
    for (const box of boxes) box.checked = ids.includes(box.value);
    for (const row of rows) row.hidden = ids.length > 0 && !ids.includes(row.dataset['type'] ?? '');
    status.textContent = ids.length ? `Showing ${ids.length} types.` : '';
  };

  apply(parseTypeSelection(new URLSearchParams(location.search).getAll('t'), known).ids);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    const selection = parseTypeSelection(chosen, known);
    if (selection.problem) {
      status.textContent = selection.problem;
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
