/**
 * Numbers as people type them (issue 12, item 6): how the calculators' input schemas read money,
 * the dibao standard and whole numbers — the same reading for `calculate`, `compareHousehold`, the
 * CLI and the site. Every expected value is worked by hand from the typed text.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, calculators, DIBAO_STANDARD_BOUNDS, MedicalAidInput, normalisedEntries, parseInput, readAmount, readWholeNumber, TemporaryAidInput } from '../src/calculators/index.ts';
import { compareHousehold, HouseholdInput } from '../src/household/index.ts';
import { guzhang2021 } from '../src/generated/policies/guzhang-2021.ts';

/** The money field these tables type into: 医疗救助's 政策范围内自负费用. */
const MEDICAL = { group: 'dibao', care: 'inpatient' } as const;
const selfPaid = (typed: unknown) => parseInput(MedicalAidInput, { ...MEDICAL, selfPaid: typed });

describe('an amount is read as people type it, into a canonical decimal string', () => {
  it.each([
    // full-width digits and punctuation (０-９ ． ，)
    ['３０００', '3000'],
    ['１２３４．５０', '1234.50'],
    ['３０，０００', '30000'],
    // thousands separators in their places
    ['30,000', '30000'],
    ['1,234.50', '1234.50'],
    ['1,234,567', '1234567'],
    // spaces around it (ASCII, and the ideographic space U+3000)
    [' 600 ', '600'],
    ['\u3000600\u3000', '600'],
    // a trailing 元
    ['600元', '600'],
    ['600 元', '600'],
    // 万: 3 × 10000 = 30000, 1.5 × 10000 = 15000, 0.35 × 10000 = 3500, 1.234 × 10000 = 12340
    ['3万', '30000'],
    ['1.5万', '15000'],
    ['0.35万', '3500'],
    ['1.234万', '12340'],
    ['３万', '30000'],
    ['3万元', '30000'],
    ['3 万', '30000'],
    // six decimals of 万 is one fen: 0.000001 × 10000 = 0.01
    ['0.000001万', '0.01'],
    // 11 digits of 万 are 15 of 元: 99999999999 × 10000 = 999999999990000
    ['99999999999万', '999999999990000'],
    // leading zeros go; the decimals stay as typed (at most two)
    ['0600', '600'],
    ['0', '0'],
    ['0.5', '0.5'],
    ['24000.00', '24000.00'],
    // the absurd self-paid cost of the issue is within 15 digits (12), and 15 digits is the most
    ['999999999999', '999999999999'],
    ['999999999999999', '999999999999999'],
  ])('%j → %j', (typed, value) => {
    expect(readAmount(typed)).toEqual({ ok: true, value });
    const r = selfPaid(typed);
    expect(r.ok && r.value.selfPaid).toBe(value);
  });
});

describe('an amount that is not one is refused with a message naming the field, in Chinese and English, with a short excerpt', () => {
  const F = '政策范围内自负费用';
  const E = 'self-paid cost';
  it.each([
    ['49999.995', `${F}最多两位小数（到分）："49999.995"`, `${E} may have at most two decimals (to the fen): "49999.995"`],
    ['0.001', `${F}最多两位小数（到分）："0.001"`, `${E} may have at most two decimals (to the fen): "0.001"`],
    ['1.2345678万', `${F}以“万”为单位时最多六位小数："1.2345678万"`, `${E} may have at most six decimals when written in 万: "1.2345678万"`],
    ['3,00', `${F}的千分位逗号位置不对："3,00"（应每三位一个，如 30,000）`, `${E} has misplaced thousands separators: "3,00" (one every three digits, e.g. 30,000)`],
    ['30,00,000', `${F}的千分位逗号位置不对："30,00,000"（应每三位一个，如 30,000）`, `${E} has misplaced thousands separators: "30,00,000" (one every three digits, e.g. 30,000)`],
    [',300', `${F}的千分位逗号位置不对：",300"（应每三位一个，如 30,000）`, `${E} has misplaced thousands separators: ",300" (one every three digits, e.g. 30,000)`],
    ['-3', `${F}不能为负数："-3"`, `${E} must not be negative: "-3"`],
    ['－３', `${F}不能为负数："－３"`, `${E} must not be negative: "－３"`],
    ['-3万', `${F}不能为负数："-3万"`, `${E} must not be negative: "-3万"`],
    ['', `${F}不能为空`, `${E} must not be empty`],
    ['   ', `${F}不能为空`, `${E} must not be empty`],
    // 16 and 17 digits before the point (1e16 written out); 12 digits of 万 are 16 of 元
    ['1000000000000000', `${F}的整数部分最多 15 位："1000000000000000"`, `${E} may have at most 15 digits before the decimal point: "1000000000000000"`],
    ['10000000000000000', `${F}的整数部分最多 15 位："10000000000000000"`, `${E} may have at most 15 digits before the decimal point: "10000000000000000"`],
    ['100000000000万', `${F}的整数部分最多 15 位："100000000000万"`, `${E} may have at most 15 digits before the decimal point: "100000000000万"`],
  ])('%j', (typed, zh, en) => {
    const r = calculate('medical-aid', guzhang2021, { ...MEDICAL, selfPaid: typed });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([{ field: 'selfPaid', zh, en }]);
  });

  it.each(['1e16', 'abc', '三百', '1.2.3', '.5', '5.', 'NaN', 'Infinity', '+5', '600元/月', '3万5', '١٢', '12abc', '3 000'])('%j is not a valid amount', (typed) => {
    const r = calculate('medical-aid', guzhang2021, { ...MEDICAL, selfPaid: typed });
    const x = JSON.stringify(typed);
    expect(!r.ok && r.errors).toEqual([
      { field: 'selfPaid', zh: `${F}不是有效的金额：${x}（可写作 3000、3,000.50、３０００ 或 0.3万）`, en: `${E} is not a valid amount: ${x} (write e.g. 3000, 3,000.50 or 0.3万)` },
    ]);
  });

  it('an amount must still be a string: a JSON number is refused as before', () => {
    const r = selfPaid(24000);
    expect(!r.ok && r.errors).toEqual([{ field: 'selfPaid', zh: `${F}须为字符串形式的金额，如 "12000"`, en: `${E} must be an amount written as a string, e.g. "12000"` }]);
  });

  it('never echoes more than 40 characters of the input, and escapes what it echoes', () => {
    const long = 'x'.repeat(5000);
    const r = selfPaid(long);
    // 39 characters and an ellipsis, inside the quotes
    const x = `"${'x'.repeat(39)}…"`;
    expect(!r.ok && r.errors[0]).toEqual({ field: 'selfPaid', zh: `${F}不是有效的金额：${x}（可写作 3000、3,000.50、３０００ 或 0.3万）`, en: `${E} is not a valid amount: ${x} (write e.g. 3000, 3,000.50 or 0.3万)` });
    const odd = selfPaid('1"\n\u202e2');
    expect(!odd.ok && odd.errors[0]!.en).toBe(`${E} is not a valid amount: "1\\"\\n\\u202e2" (write e.g. 3000, 3,000.50 or 0.3万)`);
    const group = parseInput(MedicalAidInput, { group: 'g'.repeat(300), care: 'inpatient', selfPaid: '1' });
    expect(!group.ok && group.errors[0]!.en).toContain(`(got "${'g'.repeat(39)}…")`);
  });

  it('"49999.995" can no longer pay one fen past the 50000 cap', () => {
    // 古丈 四（三）：“对城市低保对象设起付线4000元，个人自负费用按70%的比例救助，年度救助限额5万元”
    // 49999.995 has three decimals: refused, not rounded. At the fen, 49999.99 leaves
    // 50000 − 49999.99 = 0.01 of the cap: (24000 − 4000) × 0.7 = 14000, capped at 0.01.
    expect(calculate('medical-aid', guzhang2021, { ...MEDICAL, selfPaid: '24000', aidedThisYear: '49999.995' }).ok).toBe(false);
    const r = calculate('medical-aid', guzhang2021, { ...MEDICAL, selfPaid: '24000', aidedThisYear: '49999.99' });
    expect(r.ok && r.value.amount).toBe('0.01');
  });

  it('an amount typed in 万 is computed as its value in 元', () => {
    // 古丈 四（三）: 3万 = 30000; (30000 − 4000) × 0.7 = 18200, within the 50000 cap
    const r = calculate('medical-aid', guzhang2021, { ...MEDICAL, selfPaid: '３万' });
    expect(r.ok && r.value.amount).toBe('18200.00');
  });
});

describe('the dibao standard must be plausible: 100 to 5000 元/人/月', () => {
  const standard = (typed: string) => calculate('special-hardship-standard', guzhang2021, { dibaoStandard: typed });
  const range = (x: string, more = '') => ({
    field: 'dibaoStandard',
    zh: `城市低保标准须在 100 至 5000 元/人/月 之间（收到 ${x}${more ? `，按 ${more} 元` : ''}）`,
    en: `dibao standard must be between 100 and 5000 元 per person per month (got ${x}${more ? `, read as ${more} 元` : ''})`,
  });
  const yearly = (e: { field: string; zh: string; en: string }) => ({ ...e, zh: `${e.zh}；若是年标准请除以 12`, en: `${e.en}; if this is a yearly figure, divide it by 12` });

  it('states its bounds', () => expect(DIBAO_STANDARD_BOUNDS).toEqual({ min: '100', max: '5000' }));

  it.each([
    ['0', range('"0"')],
    ['99.99', range('"99.99"')],
    ['5000.01', yearly(range('"5000.01"'))],
    // 600 a month is 7200 a year
    ['7200', yearly(range('"7200"'))],
    // 0.72万 = 7200
    ['0.72万', yearly(range('"0.72万"', '7200'))],
  ])('%j is refused, saying what was expected', (typed, error) => {
    const r = standard(typed);
    expect(!r.ok && r.errors).toEqual([error]);
  });

  it.each([
    ['100', '100'],
    ['5000', '5000'],
    ['６９２元', '692'],
    ['0.06万', '600'],
  ])('%j is accepted as %j', (typed, value) => {
    const r = parseInput(calculators['special-hardship-standard'].input, { dibaoStandard: typed });
    expect(r.ok && r.value.dibaoStandard).toBe(value);
  });

  it('the same bounds hold in every calculator and in the household view', () => {
    for (const id of ['temporary-aid', 'dibao-benefit', 'classify', 'gradual-exit', 'rent-subsidy', 'special-hardship-standard'] as const) {
      const r = calculate(id, guzhang2021, { dibaoStandard: '0' });
      expect(!r.ok && r.errors.find((e) => e.field === 'dibaoStandard')?.zh, id).toBe('城市低保标准须在 100 至 5000 元/人/月 之间（收到 "0"）');
    }
    const h = compareHousehold({ dibaoStandard: '0', perCapitaIncome: '0', members: [{}] }, [guzhang2021]);
    expect(!h.ok && h.errors.map((e) => e.zh)).toEqual(['城市低保标准须在 100 至 5000 元/人/月 之间（收到 "0"）']);
  });
});

describe('whole numbers: a JSON number or a string of digits as typed', () => {
  const BASE = { dibaoStandard: '600', months: 2 };
  const persons = (v: unknown) => parseInput(TemporaryAidInput, { ...BASE, persons: v });
  it.each([
    [3, 3],
    ['3', 3],
    ['３', 3],
    [' 3 ', 3],
    ['3.0', 3],
    ['30', 30],
  ])('%j → %j', (v, n) => {
    const r = persons(v);
    expect(r.ok && r.value.persons).toBe(n);
    expect(readWholeNumber(v)).toEqual({ ok: true, value: n });
  });

  it.each([
    [-3, '救助人数不能为负数', 'persons must not be negative'],
    ['-3', '救助人数不能为负数', 'persons must not be negative'],
    ['－３', '救助人数不能为负数', 'persons must not be negative'],
    [1.5, '救助人数须为整数', 'persons must be a whole number'],
    ['1.5', '救助人数须为整数', 'persons must be a whole number'],
    ['three', '救助人数须为整数', 'persons must be a whole number'],
    ['', '救助人数须为整数', 'persons must be a whole number'],
    [true, '救助人数须为整数', 'persons must be a whole number'],
    [0, '救助人数不能小于 1', 'persons must be at least 1'],
    ['0', '救助人数不能小于 1', 'persons must be at least 1'],
    ['31', '救助人数不能大于 30', 'persons must be at most 30'],
  ])('%j is refused: %s', (v, zh, en) => {
    const r = persons(v);
    expect(!r.ok && r.errors).toEqual([{ field: 'persons', zh, en }]);
  });

  it('an absent whole number is reported as missing, not as a wrong one', () => {
    const r = parseInput(TemporaryAidInput, BASE);
    expect(!r.ok && r.errors).toEqual([{ field: 'persons', zh: '缺少必填字段 persons', en: 'missing required field persons' }]);
  });
});

describe('normalisedEntries: how the typed entries were read, for the reader to see', () => {
  it('lists each money or whole-number field whose text was read as something else', () => {
    expect(normalisedEntries(MedicalAidInput, { ...MEDICAL, selfPaid: '３万', aidedThisYear: '1,000' })).toEqual([
      { field: 'selfPaid', typed: '３万', value: '30000', kind: 'money' },
      { field: 'aidedThisYear', typed: '1,000', value: '1000', kind: 'money' },
    ]);
    expect(normalisedEntries(TemporaryAidInput, { dibaoStandard: '６００元', persons: '３', months: 2 })).toEqual([
      { field: 'dibaoStandard', typed: '６００元', value: '600', kind: 'money' },
      { field: 'persons', typed: '３', value: '3', kind: 'whole' },
    ]);
  });

  it('leaves out what was typed canonically (spaces aside), what is not a string, and what cannot be read (an error instead)', () => {
    expect(normalisedEntries(MedicalAidInput, { ...MEDICAL, selfPaid: ' 24000 ', aidedThisYear: '0.50' })).toEqual([]);
    expect(normalisedEntries(TemporaryAidInput, { dibaoStandard: 'abc', persons: 3, months: '-2' })).toEqual([]);
    expect(normalisedEntries(MedicalAidInput, null)).toEqual([]);
  });

  it('reads the household input, and a form described by its field kinds', () => {
    expect(normalisedEntries(HouseholdInput, { dibaoStandard: '600', perCapitaIncome: '３５０', members: [{}], selfPaid: '2.4万', hardshipMonths: '２' })).toEqual([
      { field: 'perCapitaIncome', typed: '３５０', value: '350', kind: 'money' },
      { field: 'selfPaid', typed: '2.4万', value: '24000', kind: 'money' },
      { field: 'hardshipMonths', typed: '２', value: '2', kind: 'whole' },
    ]);
    expect(normalisedEntries({ selfPaid: 'money', members: 'whole' }, { selfPaid: '３万', members: '２', other: '３' })).toEqual([
      { field: 'selfPaid', typed: '３万', value: '30000', kind: 'money' },
      { field: 'members', typed: '２', value: '2', kind: 'whole' },
    ]);
  });

  it('what it reports is what the calculator computes with', () => {
    const raw = { dibaoStandard: '0.07万', perCapitaIncome: '３５０', members: [{}, {}] };
    const parsed = parseInput(calculators['dibao-benefit'].input, raw);
    expect(parsed.ok).toBe(true);
    for (const e of normalisedEntries(calculators['dibao-benefit'].input, raw)) expect(parsed.ok && String((parsed.value as Record<string, unknown>)[e.field])).toBe(e.value);
  });
});

describe('the household view and the CLI read numbers the same way', () => {
  it('compareHousehold computes with the values read', () => {
    const h = compareHousehold({ dibaoStandard: '６００', perCapitaIncome: '３５０元', members: [{}, {}], care: 'inpatient', selfPaid: '3万' }, [guzhang2021]);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.value.input).toMatchObject({ dibaoStandard: '600', perCapitaIncome: '350', selfPaid: '30000' });
  });

  it('bangfu calc reads full-width digits, 万 and separators', () => {
    const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, 'calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"３万","aidedThisYear":"10,000"}'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // 古丈 四（三）: (30000 − 4000) × 0.7 = 18200, within what is left of the cap (50000 − 10000 = 40000)
    expect(JSON.parse(r.stdout).amount).toBe('18200.00');
    const bad = spawnSync(process.execPath, ['--disable-warning=ExperimentalWarning', CLI, 'calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"49999.995"}'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('selfPaid: 政策范围内自负费用最多两位小数（到分）："49999.995" / self-paid cost may have at most two decimals (to the fen): "49999.995"');
  });
});

describe('properties', () => {
  /** A canonical amount: no leading zeros, no separators, 0–2 decimals as typed, at most 15 digits before the point. */
  const canonical = fc
    .tuple(fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,14}$/)), fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }))
    .map(([int, frac]) => (frac === undefined ? int : `${int}.${frac}`));

  it('a canonical amount reads as itself, through readAmount and the schemas', () => {
    fc.assert(
      fc.property(canonical, (c) => {
        expect(readAmount(c)).toEqual({ ok: true, value: c });
        const r = selfPaid(c);
        expect(r.ok && r.value.selfPaid).toBe(c);
        expect(normalisedEntries(MedicalAidInput, { ...MEDICAL, selfPaid: c })).toEqual([]);
      }),
    );
  });

  // The variants are written here by string rules, independently of the code under test.
  const FULL = '０１２３４５６７８９';
  const fullWidth = (s: string) => s.replace(/\d/g, (c) => FULL[Number(c)]!).replace('.', '．').replace(/,/g, '，');
  const grouped = (c: string) => {
    const [int, frac] = c.split('.') as [string, string | undefined];
    const g = int.replace(/\B(?=(\d{3})+$)/g, ',');
    return frac === undefined ? g : `${g}.${frac}`;
  };
  /** The amount in 万: the decimal point moved four places left, trailing zeros dropped. */
  const inWan = (c: string) => {
    const [int, frac = ''] = c.split('.') as [string, string | undefined];
    const padded = int.padStart(5, '0');
    return `${padded.slice(0, -4).replace(/^0+(?=\d)/, '')}.${padded.slice(-4)}${frac}`.replace(/0+$/, '').replace(/\.$/, '');
  };
  /** What an amount in 万 is read as: its value without trailing decimal zeros. */
  const plainValue = (c: string) => (c.includes('.') ? c.replace(/0+$/, '').replace(/\.$/, '') : c);

  it('full-width, separated, 元 and 万 variants of an amount read as the amount', () => {
    fc.assert(
      fc.property(canonical, fc.constantFrom('', ' ', '\u3000'), (c, space) => {
        for (const typed of [fullWidth(c), grouped(c), fullWidth(grouped(c)), `${space}${grouped(c)}${space}元`, `${fullWidth(c)}元`]) expect(readAmount(typed), typed).toEqual({ ok: true, value: c });
        // At most 15 digits of 元 are at most 11 of 万, with at most 4 + 2 = 6 decimals.
        const w = inWan(c);
        for (const typed of [`${w}万`, `${fullWidth(w)}万`, `${w}万元`, `${space}${grouped(w)}${space}万${space}`]) expect(readAmount(typed), typed).toEqual({ ok: true, value: plainValue(c) });
      }),
    );
  });

  it('an amount with three or more decimals, or a minus sign, is never accepted', () => {
    fc.assert(
      fc.property(canonical, fc.stringMatching(/^\d{3,6}$/), (c, more) => {
        const int = c.split('.')[0]!;
        expect(readAmount(`${int}.${more}`)).toEqual({ ok: false, problem: 'decimals' });
        expect(readAmount(`-${c}`)).toEqual({ ok: false, problem: 'negative' });
      }),
    );
  });
});
