/**
 * Redraws the benefit curves for the household the user enters: runs the SDK's calculators on the
 * policies embedded in the page (#curve-policies: each policy's basic-living and temporary-aid
 * provisions) and rebuilds the SVG and tables with DOM calls (no markup parsing).
 */
import { calculateRaw } from '@bangfu/sdk/calculators';
import type { FieldSpec } from '../lib/calc-forms.ts';
import { cliffNotes, describeHousehold, dibaoChart, dibaoCurves, tableModel, temporaryAidChart, temporaryAidCurves, type CurvePolicy, type Household } from '../lib/compare-curves.ts';
import { toDom } from '../lib/vnode.ts';
import { announce, mountForm } from './form-kit.ts';

function fillTable(id: string, model: { head: string[]; rows: string[][] }): void {
  const table = document.getElementById(id) as HTMLTableElement | null;
  if (!table) return;
  const tr = document.createElement('tr');
  for (const h of model.head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    tr.appendChild(th);
  }
  table.tHead?.replaceChildren(tr);
  const rows = model.rows.map((r) => {
    const row = document.createElement('tr');
    r.forEach((c, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
      else cell.className = 'num';
      cell.textContent = c;
      row.appendChild(cell);
    });
    return row;
  });
  table.tBodies[0]?.replaceChildren(...rows);
}

export function mountCurves(): void {
  const data = document.getElementById('curve-policies');
  const meta = document.getElementById('curve-meta');
  if (!data || !meta) return;
  const policies = JSON.parse(data.textContent ?? '[]') as CurvePolicy[];
  const { fields } = JSON.parse(meta.textContent ?? '{}') as { fields: FieldSpec[] };

  mountForm(fields, (input) => {
    // The household is checked by the calculator the curve runs (its income is what the curve varies).
    const checked = calculateRaw('dibao-benefit', policies[0]!, { ...input, perCapitaIncome: '0' });
    if (!checked.ok) return checked.errors.filter((e) => e.field !== 'perCapitaIncome');
    const h = input as unknown as Household;
    return () => {
      const dibao = dibaoCurves(policies, h);
      const temp = temporaryAidCurves(policies, h);
      document.getElementById('dibao-figure')?.replaceChildren(toDom(dibaoChart(dibao)), toDom(cliffNotes(dibao, '元')));
      document.getElementById('temp-figure')?.replaceChildren(toDom(temporaryAidChart(temp.curves)), toDom(cliffNotes(temp.curves, '个月')));
      fillTable('dibao-table', tableModel(dibao, '月人均收入（元）', 4));
      fillTable('temp-table', tableModel(temp.curves, '持续月数'));
      document.getElementById('temp-unspecified')?.replaceChildren(
        ...temp.unspecified.map((u) => {
          const li = document.createElement('li');
          const b = document.createElement('strong');
          b.textContent = u.label;
          li.append(b, `：${u.reason}`);
          return li;
        }),
      );
      const line = `当前：${describeHousehold(h)}。`;
      document.getElementById('curves-status')!.textContent = line;
      announce(`已重新绘制曲线。${line}`);
    };
  }, { label: 'curves-status', marks: ['#dibao-figure', '#temp-figure', '.table-scroll', '#temp-unspecified'] });
}
