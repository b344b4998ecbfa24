/**
 * Benefit curves: the SDK's calculators run over a range of incomes (dibao-benefit) or months
 * (temporary-aid) for one household, and the result drawn as an SVG line chart. Used at build time
 * (static SVG) and in the browser (recomputed for the user's household). Amounts come from the
 * calculators as exact strings; numbers are used only for drawing coordinates.
 */
import { calculate } from '@bangfu/sdk/calculators';
import type { Member } from '@bangfu/sdk/calculators';
import type { Policy, PolicyRules } from '@bangfu/sdk/schemas';
import { h, type VNode } from './vnode.ts';
import { clauseLabel } from './clause-label.ts';
import { markHan } from './han.ts';
import { describeValue } from '@bangfu/sdk/format';
import { dibaoBenefitUses, temporaryAidUses } from '@bangfu/sdk/calculators';
import { CURVES_UI, fill, type Lang } from './i18n-compare.ts';

/** The household whose curves are drawn: the dibao-benefit calculator's input, less the income it varies. */
export interface Household {
  /** 城市低保标准（元/人/月）: set by each city, so the user supplies it. */
  dibaoStandard: string;
  members: Member[];
  noLaborHousehold: boolean;
}

export type CurvePolicy = PolicyRules & { shortName: { zh: string; en: string } };

export interface CurvePoint {
  x: string;
  /** Exact amount from the calculator ("0.00" when not eligible). */
  y: string;
  status: string;
}
export interface Curve {
  /** Policies whose curves coincide (drawn once, labelled with all their names). */
  policies: string[];
  label: string;
  /** The label drawn beside the line: the places' names and a short mark (the table and the description say it in full). */
  chartLabel: string;
  points: CurvePoint[];
  /** Index pairs [i, i+1] where the amount drops discontinuously. */
  cliffs: number[];
  dashed?: boolean;
}

/** "650" − 0.01 → "649.99", exactly (fen arithmetic on a decimal string of at most two places). */
function minusFen(s: string): string {
  const [i = '0', f = ''] = s.split('.');
  const fen = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2)) - 1n;
  return fen < 0n ? '0' : `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
}

type RawCurve = { policy: CurvePolicy; points: CurvePoint[]; dashed?: boolean; suffix?: string; mark?: string };

/** Curves that coincide drawn once: their places' names joined, the suffix of the last one added. */
function group(raw: RawCurve[], lang: Lang): Curve[] {
  const out: (Curve & { names: string[] })[] = [];
  for (const r of raw) {
    const key = JSON.stringify(r.points.map((p) => p.y));
    const same = out.find((c) => JSON.stringify(c.points.map((p) => p.y)) === key && !!c.dashed === !!r.dashed);
    const c = same ?? { names: [], policies: [], label: '', chartLabel: '', points: r.points, cliffs: [], ...(r.dashed ? { dashed: true } : {}) };
    if (!same) out.push(c);
    c.policies.push(r.policy.id);
    c.names.push(r.policy.shortName[lang]);
    c.label = `${c.names.join(CURVES_UI[lang].sep)}${r.suffix ?? ''}`;
    c.chartLabel = `${c.names.join(CURVES_UI[lang].sep)}${r.mark ?? r.suffix ?? ''}`;
  }
  return out.map(({ names: _n, ...c }) => c);
}

/** Monthly dibao allowance of the household against its per-capita income, for each policy. */
export function dibaoCurves(policies: CurvePolicy[], h: Household, lang: Lang = 'zh'): Curve[] {
  const std = Number(h.dibaoStandard);
  const step = Math.max(1, Math.round(std / 40));
  const xs = new Set<string>();
  for (let x = 0; x < std * 1.25; x += step) xs.add(String(x));
  xs.add(minusFen(h.dibaoStandard));
  xs.add(h.dibaoStandard);
  const incomes = [...xs].sort((a, b) => Number(a) - Number(b));
  const raw = policies.map((policy) => {
    const points = incomes.map((x) => {
      const r = calculate('dibao-benefit', policy as Policy, { dibaoStandard: h.dibaoStandard, perCapitaIncome: x, members: h.members, noLaborHousehold: h.noLaborHousehold });
      if (!r.ok) return { x, y: '0.00', status: 'error' };
      // `range`: the document promises more without a number; the line is its lower bound.
      return { x, y: r.value.amount ?? r.value.min ?? '0.00', status: r.value.status };
    });
    const atLeast = points.some((p) => p.status === 'range');
    return { policy, points, ...(atLeast ? { dashed: true, suffix: CURVES_UI[lang].atLeast, mark: CURVES_UI[lang].atLeastMark } : {}) };
  });
  const curves = group(raw, lang);
  for (const c of curves) {
    for (let i = 0; i + 1 < c.points.length; i++) {
      const a = c.points[i]!;
      const b = c.points[i + 1]!;
      // Continuous parts fall at most one yuan per yuan of income per member.
      if (Number(a.y) - Number(b.y) > h.members.length * (Number(b.x) - Number(a.x)) + 0.01) c.cliffs.push(i);
    }
  }
  return curves;
}

export interface TemporaryAidCurves {
  curves: Curve[];
  /** Policies that set no amount (with the calculator's reason). */
  unspecified: { policy: string; label: string; reason: string }[];
}

/** Temporary aid for the household against the months the hardship lasts (general hardship, first grant this year). */
export function temporaryAidCurves(policies: CurvePolicy[], h: Household, lang: Lang = 'zh', maxMonths = 12): TemporaryAidCurves {
  const months = Array.from({ length: maxMonths }, (_, i) => i + 1);
  const raw: RawCurve[] = [];
  const unspecified: TemporaryAidCurves['unspecified'] = [];
  for (const policy of policies) {
    const results = months.map((m) => calculate('temporary-aid', policy as Policy, { dibaoStandard: h.dibaoStandard, persons: h.members.length, months: m }));
    const first = results[0];
    if (!first?.ok || first.value.status === 'not-specified' || first.value.status === 'not-eligible') {
      unspecified.push({ policy: policy.id, label: policy.shortName[lang], reason: first?.ok ? (first.value.reason?.[lang] ?? '') : '' });
      continue;
    }
    const pts = (pick: 'amount' | 'min' | 'max') =>
      results.map((r, i) => ({ x: String(months[i]), y: r.ok ? (r.value[pick] ?? r.value.amount ?? '0.00') : '0.00', status: r.ok ? r.value.status : 'error' }));
    if (first.value.status === 'range') {
      if (first.value.min) raw.push({ policy, points: pts('min'), dashed: true, suffix: CURVES_UI[lang].lower });
      if (first.value.max) raw.push({ policy, points: pts('max'), suffix: CURVES_UI[lang].upper });
    } else raw.push({ policy, points: pts('amount') });
  }
  return { curves: group(raw, lang), unspecified };
}

/* ---------- the SVG chart, as an element tree (vnode.ts): markup at build time, DOM in the browser ---------- */

const COLORS = ['#0a4a8f', '#8a1c1c', '#2d6a2d', '#6b3fa0', '#8a5a00'];
const DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 1'];

/**
 * The chart's geometry, in SVG units. The chart is drawn narrow (340 units) so that on a phone,
 * where it is about as many pixels wide (358 px at 390 px), its 12-unit text is at least 12 px; a
 * wide screen scales it up. Labels stand in a column right of the plot, beyond the x axis.
 */
export const CHART = { W: 340, L: 46, R: 88, T: 30, B: 44, FONT: 12, LINE: 15, LABEL_EM: 6.5, PLOT_H: 200 } as const;

/** Approximate advance of a text in em: CJK and full-width forms 1, the rest about 0.6. */
export const textEm = (s: string): number => [...s].reduce((n, ch) => n + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : 0.6), 0);

/** A label in lines of at most `em` wide, broken after 、 or a space and before （ or ( where it can be, else between characters. */
export function wrapLabel(label: string, em: number = CHART.LABEL_EM): string[] {
  const tokens = label.split(/(?<=[、 ])|(?=[（(])/u).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && textEm((line + t).trimEnd()) > em) {
      lines.push(line.trimEnd());
      line = '';
    }
    for (const ch of t) {
      if (line && ch !== ' ' && textEm(line + ch) > em) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/**
 * Vertical places of labels, none overlapping another: each as near as it can be to where its line
 * ends (`want`, the centre), kept inside [top, bottom]. Returns each label's top, in input order.
 * Greedy: down in the order of `want` keeping a gap, then up from the bottom when the last spills over.
 */
export function placeLabels(items: { want: number; height: number }[], top: number, bottom: number, gap = 2): number[] {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.want - items[b]!.want || a - b);
  const tops: number[] = new Array(items.length).fill(0);
  let next = top;
  for (const i of order) {
    const it = items[i]!;
    tops[i] = Math.max(it.want - it.height / 2, next);
    next = tops[i]! + it.height + gap;
  }
  let limit = bottom;
  for (const i of [...order].reverse()) {
    const it = items[i]!;
    if (tops[i]! + it.height > limit) tops[i] = limit - it.height;
    limit = tops[i]! - gap;
  }
  return tops;
}

export function chartTree(o: { id: string; title: string; desc: string; xLabel: string; yLabel: string; curves: Curve[]; xUnit: string }): VNode {
  const { W, L, R, T, B, FONT, LINE } = CHART;
  const labels = o.curves.map((c) => wrapLabel(c.chartLabel));
  const heights = labels.map((ls) => ls.length * LINE);
  // The plot is as tall as its labels need, stacked, and never shorter than PLOT_H.
  const plotH = Math.max(CHART.PLOT_H, heights.reduce((a, b) => a + b + 2, 0));
  const H = T + plotH + B;
  const pts = o.curves.flatMap((c) => c.points);
  const xMax = Math.max(1, ...pts.map((p) => Number(p.x)));
  const yMax = Math.max(1, ...pts.map((p) => Number(p.y))) * 1.08;
  const sx = (x: number) => L + (x / xMax) * (W - L - R);
  const sy = (y: number) => H - B - (y / yMax) * plotH;
  const n = (v: number) => v.toFixed(1);
  const el = (tag: string, attrs: Record<string, string>, children: VNode[] = [], text?: string): VNode => h(tag, attrs, children, text);
  const font = String(FONT);
  const ticks = (max: number, count: number) => {
    const raw = max / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
    return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
  };
  const grid: VNode[] = [
    ...ticks(yMax, 4).map((v) => el('g', { class: 'tick' }, [el('line', { x1: n(L), x2: n(W - R), y1: n(sy(v)), y2: n(sy(v)), stroke: '#d6d1c7' }), el('text', { x: n(L - 6), y: n(sy(v) + 4), 'text-anchor': 'end', 'font-size': font }, undefined, String(v))])),
    ...ticks(xMax, 4).map((v) => el('text', { class: 'tick', x: n(sx(v)), y: n(H - B + 17), 'text-anchor': 'middle', 'font-size': font }, undefined, String(v))),
    el('line', { class: 'axis', x1: n(L), x2: n(L), y1: n(T), y2: n(H - B), stroke: '#1b1b1b' }),
    el('line', { class: 'axis', x1: n(L), x2: n(W - R), y1: n(H - B), y2: n(H - B), stroke: '#1b1b1b' }),
    el('text', { class: 'axis-label', x: n((L + W - R) / 2), y: n(H - 6), 'text-anchor': 'middle', 'font-size': font }, undefined, o.xLabel),
    // The y axis's title stands above it, level: turned on its side it would be too small to read on a phone.
    el('text', { class: 'axis-label', x: '2', y: '14', 'font-size': font }, undefined, o.yLabel),
  ];
  const tops = placeLabels(
    o.curves.map((c, i) => ({ want: sy(Number(c.points[c.points.length - 1]!.y)), height: heights[i]! })),
    T,
    H - B - 2,
  );
  const lines = o.curves.map((c, i) => {
    const color = COLORS[i % COLORS.length]!;
    // Draw each continuous stretch separately; a cliff is a gap marked with a vertical dotted drop.
    const segs: string[] = [];
    let d = '';
    c.points.forEach((p, j) => {
      d += `${d ? 'L' : 'M'}${n(sx(Number(p.x)))} ${n(sy(Number(p.y)))}`;
      if (c.cliffs.includes(j)) {
        segs.push(d);
        d = '';
      }
    });
    if (d) segs.push(d);
    const cliffMarks = c.cliffs.map((j) => {
      const a = c.points[j]!, b = c.points[j + 1]!;
      return el('g', { class: 'cliff' }, [
        el('line', { x1: n(sx(Number(b.x))), x2: n(sx(Number(b.x))), y1: n(sy(Number(a.y))), y2: n(sy(Number(b.y))), stroke: color, 'stroke-dasharray': '2 2' }),
        el('circle', { cx: n(sx(Number(a.x))), cy: n(sy(Number(a.y))), r: '4', fill: color }),
        el('circle', { cx: n(sx(Number(b.x))), cy: n(sy(Number(b.y))), r: '4', fill: '#ffffff', stroke: color }),
      ]);
    });
    const end = sy(Number(c.points[c.points.length - 1]!.y));
    const top = tops[i]!;
    const mid = top + heights[i]! / 2;
    const x0 = W - R;
    return el('g', { class: 'curve', 'data-policies': c.policies.join(' ') }, [
      ...segs.map((dd) => el('path', { d: dd, fill: 'none', stroke: color, 'stroke-width': '2.5', ...(c.dashed || DASHES[i % DASHES.length] ? { 'stroke-dasharray': c.dashed ? '6 4' : DASHES[i % DASHES.length]! } : {}) })),
      ...cliffMarks,
      // A leader from the line's end to its label, which may stand higher or lower to keep clear of the others.
      el('path', { class: 'leader', d: `M${n(x0 + 2)} ${n(end)}L${n(x0 + 8)} ${n(end)}L${n(x0 + 12)} ${n(mid)}`, fill: 'none', stroke: color, 'stroke-width': '1' }),
      el(
        'text',
        { class: 'curve-label', x: n(x0 + 15), y: n(top + FONT), 'font-size': font, fill: color },
        labels[i]!.map((t, k) => el('tspan', { x: n(x0 + 15), dy: k ? String(LINE) : '0' }, undefined, t)),
      ),
    ]);
  });
  return el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${o.id}-title ${o.id}-desc`, class: 'chart', id: o.id }, [
    el('title', { id: `${o.id}-title` }, undefined, o.title),
    el('desc', { id: `${o.id}-desc` }, undefined, o.desc),
    ...grid,
    ...lines,
  ]);
}

/** The cliffs of a chart in words, under it (in the chart they are marked only: a filled dot before, a hollow one after). */
export function cliffNotes(curves: Curve[], unit: string, lang: Lang = 'zh'): VNode | null {
  const items = curves.flatMap((c) => c.cliffs.map((j) => ({ c, a: c.points[j]!, b: c.points[j + 1]! })));
  if (!items.length) return null;
  return h(
    'figcaption',
    { class: 'cliff-notes' },
    h('strong', {}, CURVES_UI[lang].cliffs),
    h('ul', {}, items.map(({ c, a, b }) => h('li', { 'data-policies': c.policies.join(' ') }, fill(CURVES_UI[lang].cliff, { label: c.label, x: b.x, unit, a: a.y, b: b.y })))),
  );
}

/** The two charts of the curves page, drawn the same at build time and in the browser. */
export const dibaoChart = (curves: Curve[], lang: Lang = 'zh'): VNode => {
  const T = CURVES_UI[lang];
  return chartTree({ id: 'dibao-chart', title: T.dibaoTitle, desc: describeCurves(curves, T.yuan, lang), xLabel: T.dibaoX, yLabel: T.dibaoY, curves, xUnit: T.yuan });
};
export const temporaryAidChart = (curves: Curve[], lang: Lang = 'zh'): VNode => {
  const T = CURVES_UI[lang];
  return chartTree({ id: 'temp-chart', title: T.tempTitle, desc: describeCurves(curves, T.months, lang), xLabel: T.tempX, yLabel: T.tempY, curves, xUnit: T.months });
};

/** A sentence describing the curves, for the chart's <desc>. */
export function describeCurves(curves: Curve[], unit: string, lang: Lang = 'zh'): string {
  const T = CURVES_UI[lang];
  return curves
    .map((c) => {
      const first = c.points[0]!, last = c.points[c.points.length - 1]!;
      const cliffs = c.cliffs.map((j) => fill(T.descCliff, { x: c.points[j + 1]!.x, unit, a: c.points[j]!.y, b: c.points[j + 1]!.y }));
      return `${fill(T.desc, { label: c.label, first: first.y, last: last.y })}${cliffs.length ? `${T.descJoin}${cliffs.join(T.descJoin)}` : ''}`;
    })
    .join(T.descSep);
}

/** The data table beside a chart: one row per x (a subset for long series, always keeping cliff points). */
export function tableModel(curves: Curve[], xHead: string, every = 1, lang: Lang = 'zh'): { head: string[]; rows: string[][] } {
  const xs = curves[0]?.points.map((p) => p.x) ?? [];
  const keep = new Set<number>();
  xs.forEach((_, i) => {
    if (i % every === 0 || i === xs.length - 1) keep.add(i);
  });
  for (const c of curves) for (const j of c.cliffs) keep.add(j).add(j + 1);
  return {
    head: [xHead, ...curves.map((c) => c.label)],
    rows: [...keep].sort((a, b) => a - b).map((i) => [xs[i]!, ...curves.map((c) => c.points[i]!.y + (c.cliffs.includes(i) ? CURVES_UI[lang].before : c.cliffs.includes(i - 1) ? CURVES_UI[lang].after : ''))]),
  };
}


/** The household in one line, for the page's status line. */
export function describeHousehold(h: Household, lang: Lang = 'zh'): string {
  const T = CURVES_UI[lang];
  const count = (f: (m: Member) => boolean) => h.members.filter(f).length;
  const parts = [
    count((m) => m.disabled || m.severeDisability) && fill(T.disabled, { n: count((m) => m.disabled || m.severeDisability) }),
    count((m) => m.severeDisability) && fill(T.severe, { n: count((m) => m.severeDisability) }),
    count((m) => m.seriousIllness) && fill(T.ill, { n: count((m) => m.seriousIllness) }),
  ].filter(Boolean);
  return `${fill(T.household, { n: h.members.length })}${parts.length ? `${T.among}${parts.join(T.sep)}` : ''}${h.noLaborHousehold ? T.noLabor : ''}${fill(T.standard, { s: h.dibaoStandard })}`;
}

/** A data table beside a chart. */
function dataTable(id: string, caption: string, model: { head: string[]; rows: string[][] }): VNode {
  return h(
    'table',
    { id },
    h('caption', { id: `${id}-caption` }, caption),
    h('thead', {}, h('tr', {}, model.head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, model.rows.map((r) => h('tr', {}, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', { class: 'num' }, c)))))),
  );
}

/** The rules each place's curves apply, each linked to its provision and its clause. */
function rulesList(policies: CurvePolicy[], lang: Lang): VNode {
  const T = CURVES_UI[lang];
  const pre = lang === 'en' ? '/en' : '';
  const [open, comma, close] = lang === 'zh' ? ['（', '，', '）'] : [' (', ', ', ')'];
  return h(
    'ul',
    { id: 'curve-rules' },
    policies.map((policy) => {
      const used = [...dibaoBenefitUses(policy), ...temporaryAidUses(policy)].map((id) => policy.provisions.find((p) => p.id === id)).filter((p) => p !== undefined);
      return h(
        'li',
        { 'data-policy': policy.id },
        h('strong', {}, policy.shortName[lang]),
        T.nameSep,
        used.length === 0
          ? T.noRules
          : used.flatMap((p, i) => [
              i > 0 ? T.listSep : '',
              h('a', { href: `${pre}/policies/${policy.id}/p/${p.id}/` }, ...markHan(lang, p.summary[lang])),
              open,
              ...markHan(lang, describeValue(p)[lang]),
              comma,
              h('a', { href: `${pre}/policies/${policy.id}/#${p.clause}`, ...(lang === 'en' ? { lang: 'zh' } : {}) }, clauseLabel(p.clause)),
              close,
            ]),
      );
    }),
  );
}

/** Everything the curves page draws for a household and its places: the same at build time (HTML) and in the browser (DOM). */
export function curvesView(policies: CurvePolicy[], household: Household, lang: Lang = 'zh') {
  const T = CURVES_UI[lang];
  const dibao = dibaoCurves(policies, household, lang);
  const temp = temporaryAidCurves(policies, household, lang);
  return {
    dibaoFigure: [dibaoChart(dibao, lang), cliffNotes(dibao, T.yuan, lang)],
    tempFigure: [temporaryAidChart(temp.curves, lang), cliffNotes(temp.curves, T.months, lang)],
    dibaoTable: dataTable('dibao-table', T.dibaoCaption, tableModel(dibao, T.dibaoHead, 4, lang)),
    tempTable: dataTable('temp-table', T.tempCaption, tableModel(temp.curves, T.tempHead, 1, lang)),
    unspecified: temp.unspecified.map((u) => h('li', {}, h('strong', {}, u.label), T.nameSep, ...markHan(lang, u.reason))),
    rules: rulesList(policies, lang),
    status: fill(T.current, { h: describeHousehold(household, lang) }),
  };
}
