/**
 * The data page's downloads per document, for the places chosen with the place picker: each
 * chosen document's row drawn from its place entry (lib/data-view.ts), the picker fetching what it
 * needs of an unknown place. Without the script the default places are listed.
 */
import { docRow } from '../lib/data-view.ts';
import { toDom } from '../lib/vnode.ts';
import { mountPlacePicker, type PlacePicker } from './place-picker.ts';

export function mountDataPage(): void {
  const body = document.querySelector<HTMLElement>('#doc-downloads tbody');
  if (!body) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  const draw = async (picker: PlacePicker): Promise<void> => {
    const list = await picker.data();
    body.replaceChildren(...list.map((d) => toDom(docRow(d.place, lang))));
  };
  const picker = mountPlacePicker(draw);
  if (picker && !picker.isDefault()) void draw(picker);
}
