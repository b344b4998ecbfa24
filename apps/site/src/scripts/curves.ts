/**
 * Redraws the benefit curves for the household the user enters: runs the SDK's calculators on the
 * policies embedded in the page (#curve-policies: each policy's basic-living and temporary-aid
 * provisions) and rebuilds the SVG and tables with DOM calls (no markup parsing).
 */
import { chartTree, describeCurves, dibaoCurves, parseHousehold, tableModel, temporaryAidCurves, type CurvePolicy, type SvgNode } from '../lib/compare-curves.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FIELDS = ['dibaoStandard', 'size', 'disabled', 'severeDisability', 'seriousIllness', 'noLaborHousehold'] as const;

function build(node: SvgNode): SVGElement {
  const e = document.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs)) e.setAttribute(k, v);
  if (node.text !== undefined) e.textContent = node.text;
  for (const c of node.children ?? []) e.appendChild(build(c));
  return e;
}

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
  const form = document.getElementById('household') as HTMLFormElement | null;
  const data = document.getElementById('curve-policies');
  if (!form || !data) return;
  const policies = JSON.parse(data.textContent ?? '[]') as CurvePolicy[];
  const status = document.getElementById('curves-status');

  const run = (): void => {
    const raw: Record<string, string | undefined> = {};
    for (const f of FIELDS) {
      const input = document.getElementById(`f-${f}`) as HTMLInputElement | null;
      raw[f] = input?.type === 'checkbox' ? (input.checked ? 'on' : undefined) : input?.value;
    }
    for (const f of FIELDS) {
      const err = document.getElementById(`${f}-error`);
      if (err) err.textContent = '';
    }
    const h = parseHousehold(raw);
    if (!h.ok) {
      const err = document.getElementById(`${h.field}-error`);
      if (err) err.textContent = h.message;
      if (status) status.textContent = `无法计算：${h.message}`;
      return;
    }
    const dibao = dibaoCurves(policies, h.value);
    const temp = temporaryAidCurves(policies, h.value);
    document.getElementById('dibao-figure')?.replaceChildren(build(chartTree({ id: 'dibao-chart', title: '低保金曲线：全家每月低保金与家庭月人均收入', desc: describeCurves(dibao, '元'), xLabel: '家庭月人均收入（元）', yLabel: '全家每月低保金（元）', curves: dibao, xUnit: '元' })));
    document.getElementById('temp-figure')?.replaceChildren(build(chartTree({ id: 'temp-chart', title: '临时救助曲线：临时救助金与困难持续月数', desc: describeCurves(temp.curves, '个月'), xLabel: '困难持续时间（月）', yLabel: '临时救助金（元/户）', curves: temp.curves, xUnit: '个月' })));
    fillTable('dibao-table', tableModel(dibao, '月人均收入（元）', 4));
    fillTable('temp-table', tableModel(temp.curves, '持续月数'));
    const list = document.getElementById('temp-unspecified');
    list?.replaceChildren(
      ...temp.unspecified.map((u) => {
        const li = document.createElement('li');
        const b = document.createElement('strong');
        b.textContent = u.label;
        li.append(b, `：${u.reason}`);
        return li;
      }),
    );
    const v = h.value;
    if (status) status.textContent = `当前：${v.size} 人家庭，其中 ${v.disabled} 人持证残疾、${v.severeDisability} 人重度残疾、${v.seriousIllness} 人重病${v.noLaborHousehold ? '，整户无劳力' : ''}，低保标准 ${v.dibaoStandard} 元/人/月。`;
  };

  const params = new URLSearchParams(location.search);
  for (const f of FIELDS) {
    const input = document.getElementById(`f-${f}`) as HTMLInputElement | null;
    const v = params.get(f);
    if (input && v !== null) {
      if (input.type === 'checkbox') input.checked = v === 'on' || v === 'true';
      else input.value = v;
    }
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  form.addEventListener('change', run);
  if ([...params.keys()].length) run();
}
