/**
 * The words of the result views (lib/result-view.ts, lib/household-view.ts) and of the scripts that
 * recompute them, as data: the Chinese here, the English in lib/i18n-calc.ts. A page imports the
 * edition it is built in and ships that one as JSON with its rules (#calc-rules, #hh-meta), so a
 * browser bundle carries no language's strings and the Chinese page's JavaScript does not grow with
 * the English edition. `{name}` marks a slot, filled by `fill`.
 */
export interface ViewText {
  lang: 'zh' | 'en';
  /** Prefix of the edition's URLs: '' or '/en' (only documents and provisions have English pages besides these). */
  prefix: string;
  status: { computed: string; range: string; 'not-eligible': string; 'not-specified': string; both: string; min: string; max: string };
  /** A figure: `{v}` is an amount with its unit. */
  fig: { both: string; min: string; max: string };
  thisDoc: string;
  /** A national document's name: `《{n}》`. */
  national: string;
  thisRule: string;
  /** Separators: of a list (、), of a label and its text (：), of two clauses (；). */
  sep: { list: string; colon: string; semi: string };
  /** The end of a sentence: 。 */
  stop: string;
  /** Brackets around a clause reference after a text: `（…）`. */
  paren: [string, string];
  next: string;
  noProcedure: string;
  nationalSays: string;
  departments: string;
  lead: string;
  noDepartments: string;
  checkToday: string;
  /** A status filled in on the reader's clock: `{day}：{text}`; the day as today or as asked. */
  onDay: string;
  today: string;
  asked: string;
  clauses: string;
  steps: string;
  basis: string;
  basisNational: string;
  interp: string;
  readEncoded: string;
  readOther: string;
  // The household view.
  byIncome: string;
  missing: string;
  quoted: string;
  summaryH: string;
  item: string;
  lapsed: string;
  notYet: string;
  category: string;
  contradiction: string;
  jump: string;
  why: string;
  onePlace: string;
  same: string;
  differ: string;
  whyMore: string;
  basisOf: string;
  noOwnRule: string;
  categoryLine: string;
  entered: string;
  incomeBasis: string;
  basisDot: string;
  stepsAll: string;
  notComputed: string;
  other: string;
  areaCount: string;
  commitment: string;
  back: string;
  // What the scripts say when they recompute.
  answered: string;
  answeredHousehold: string;
  announceCalc: string;
  announceHousehold: string;
}

/** `fill('计算步骤（{n}）', { n: 3 })` → `计算步骤（3）`. */
export const fill = (t: string, vars: Record<string, string | number>): string => t.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));

export const VIEW_ZH: ViewText = {
  lang: 'zh',
  prefix: '',
  status: {
    computed: '已算出',
    range: '区间或下限、上限',
    'not-eligible': '不符合条件',
    'not-specified': '文件未规定数额',
    both: '区间（文件规定了上下限）',
    min: '下限（文件规定“不低于”）',
    max: '上限（文件规定“不超过”）',
  },
  fig: { both: '区间 {min} 至 {v}', min: '不低于 {v}', max: '不超过 {v}' },
  thisDoc: '本文件',
  national: '《{n}》',
  thisRule: '这条规定',
  sep: { list: '、', colon: '：', semi: '；' },
  stop: '。',
  paren: ['（', '）'],
  next: '下一步：怎样申请',
  noProcedure: '{name}的文件没有写明申请程序。',
  nationalSays: '国家规定：',
  departments: '负责的单位（所依据规定的责任单位）：',
  lead: '（牵头）',
  noDepartments: '所依据的规定没有列明责任单位。',
  checkToday: '有效期按今天核对',
  onDay: '{day}：{text}',
  today: '按今天（{date}）',
  asked: '按 {date}',
  clauses: '相关条款：',
  steps: '计算步骤（{n}）',
  basis: '依据：',
  basisNational: '依据：国家规定（非本文件）',
  interp: '解读说明',
  readEncoded: '本处采用的读法：',
  readOther: '另一种读法：',
  byIncome: '按收入判断的类别',
  missing: '未计算：需填写{fields}',
  quoted: '“{x}”',
  summaryH: '{n}地对照：本户可得的待遇',
  item: '项目',
  lapsed: '已失效（按其所载有效期）',
  notYet: '尚未施行',
  category: '本地认定的类别',
  contradiction: '（与所填情况不符，见下）',
  jump: '跳到各地的结果',
  why: '为什么不同',
  onePlace: '只选了一个地方：在上面“显示哪些地方”中添加其他地方，即可对照。',
  same: '{n}地对本户的计算结果相同。',
  differ: '各地结果不同的有 {n} 项：{list}。',
  whyMore: '逐项看造成差异的规定',
  basisOf: '{name} 依据：',
  noOwnRule: '文件本身无此项规定（仅国家通行规则）',
  categoryLine: '本地认定的类别：',
  entered: '（按您选择的类别）',
  incomeBasis: '（按所填收入）',
  basisDot: ' · 依据 ',
  stepsAll: '计算步骤与依据（{n} 项）',
  notComputed: '：未计算，需要填写 ',
  other: '文件中涉及本户的其他规定（{n} 条）',
  areaCount: '{area}（{n} 条）',
  commitment: '（承诺，未规定数值）',
  back: '回到各地列表',
  answered: '按上面的输入计算。',
  answeredHousehold: '按上面填写的家庭情况对照。',
  announceCalc: '已计算：{list}',
  announceHousehold: '已对照{n}地：{d} 项结果不同。',
};

/** A result's status in words, in the edition's language: 区间 when both ends are set, 不低于 a floor, 不超过 a ceiling. */
export function statusOf(r: { status: keyof ViewText['status']; min?: string; max?: string }, t: ViewText): string {
  if (r.status !== 'range') return t.status[r.status];
  if (r.min !== undefined && r.max !== undefined) return t.status.both;
  return r.min !== undefined ? t.status.min : t.status.max;
}
/** A result's status in Chinese (build time: the about page). */
export const statusZh = (r: Parameters<typeof statusOf>[0]): string => statusOf(r, VIEW_ZH);
