/**
 * The URL format of form entries (lib/urls.ts): what is written, and how every kind of link is read
 * back — empty vs absent, unknown parameters, old versions, non-ASCII, very long and repeated values.
 */
import { describe, expect, it } from 'vitest';
import { FORMS, HOUSEHOLD_EXAMPLE, HOUSEHOLD_FIELDS } from '../src/lib/calc-forms.ts';
import { calculatorUrl, decodeEntries, encodeEntries, MAX_LISTED, MAX_VALUE_LENGTH, URL_VERSION } from '../src/lib/urls.ts';

const dibao = FORMS['dibao-benefit'];
// In the browser the specs come through JSON: the reader must work on that too.
const fields = JSON.parse(JSON.stringify(dibao.fields)) as typeof dibao.fields;
const defaults = { ...Object.fromEntries(fields.map((f) => [f.name, ''])), ...dibao.example };
const roundTrip = (values: Record<string, string>, f = fields) => decodeEntries(`?${encodeEntries(f, values)}`, f, defaults);
const kinds = (d: ReturnType<typeof decodeEntries>) => d.notices.map((n) => `${n.kind}:${n.field ?? ''}`);

describe('writing entries', () => {
  it('writes the version first, then every field in form order, an emptied field as `field=`', () => {
    expect(encodeEntries(fields, { ...dibao.example, severe: '' })).toBe('v=2&dibaoStandard=600&perCapitaIncome=350&members=3&severe=&ill=0&disabled=1&noLaborHousehold=');
    expect(URL_VERSION).toBe(2);
  });

  it('writes a field missing from the values as empty, and ignores values that are not fields', () => {
    expect(encodeEntries([{ name: 'a' }, { name: 'b' }], { a: '1', c: '3' })).toBe('v=2&a=1&b=');
  });

  it('a calculator link with entries is a full link of the current format: the example for every field not given', () => {
    expect(calculatorUrl('medical-aid', { group: 'tekun' })).toBe('/calculators/medical-aid/?v=2&group=tekun&care=inpatient&selfPaid=24000&aidedThisYear=&majorDisease=&hospitalLevel=');
    expect(calculatorUrl('medical-aid')).toBe('/calculators/medical-aid/');
    expect(calculatorUrl('medical-aid', {})).toBe('/calculators/medical-aid/');
  });
});

describe('reading entries back', () => {
  it('an emptied field comes back empty, not as its default (古丈 1200 → 1400 was this)', () => {
    const d = roundTrip({ ...dibao.example, severe: '' });
    expect(d.entries).toEqual({ ...dibao.example, severe: '', noLaborHousehold: '' });
    expect(d.notices).toEqual([]);
    expect(d.version).toBe(2);
  });

  it('every field empty comes back every field empty', () => {
    const empty = Object.fromEntries(fields.map((f) => [f.name, '']));
    expect(roundTrip(empty).entries).toEqual(empty);
  });

  it('the household: emptied medical and rent fields and an unselected choice come back exactly', () => {
    const hh = JSON.parse(JSON.stringify(HOUSEHOLD_FIELDS)) as typeof HOUSEHOLD_FIELDS;
    const values = { ...Object.fromEntries(hh.map((f) => [f.name, ''])), ...HOUSEHOLD_EXAMPLE, members: '3', disabled: '', care: '', selfPaid: '', monthlyRent: '' };
    const d = decodeEntries(`?${encodeEntries(hh, values)}`, hh, HOUSEHOLD_EXAMPLE);
    expect(d.entries).toEqual(values);
    expect(d.notices).toEqual([]);
  });

  it('values are kept exactly: spaces, +, &, =, %, non-ASCII (全角数字, 汉字, emoji)', () => {
    const values = { ...dibao.example, dibaoStandard: ' 1 200 ', perCapitaIncome: '三百五十', members: '３', severe: 'a+b&c=d%20', ill: '🙂', disabled: '<img src=x onerror=alert(1)>' };
    const q = encodeEntries(fields, values);
    expect(q).not.toMatch(/[^\x21-\x7e]/); // all ASCII once encoded
    expect(decodeEntries(`?${q}`, fields, defaults).entries).toEqual({ ...values, noLaborHousehold: '' });
  });

  it('reads a percent-encoded UTF-8 value written by another encoder (%20 for a space)', () => {
    const d = decodeEntries('?v=2&dibaoStandard=%E5%85%AD%E7%99%BE&perCapitaIncome=1%202&members=1&severe=&ill=&disabled=&noLaborHousehold=', fields, defaults);
    expect(d.entries?.dibaoStandard).toBe('六百');
    expect(d.entries?.perCapitaIncome).toBe('1 2');
  });

  it('a malformed percent sequence is read as the replacement character, not an exception', () => {
    expect(decodeEntries('?v=2&members=%E4%B8&dibaoStandard=%&perCapitaIncome=%zz', fields, defaults).entries).toMatchObject({ members: '\uFFFD', dibaoStandard: '%', perCapitaIncome: '%zz' });
  });

  it('a ticked box is `true`, an unticked one empty; any other value reads as unticked, with a notice', () => {
    expect(roundTrip({ ...dibao.example, noLaborHousehold: 'true' }).entries?.noLaborHousehold).toBe('true');
    const d = decodeEntries('?v=2&dibaoStandard=600&perCapitaIncome=350&members=3&severe=&ill=&disabled=&noLaborHousehold=on', fields, defaults);
    expect(d.entries?.noLaborHousehold).toBe('');
    expect(kinds(d)).toEqual(['bad-checkbox:noLaborHousehold']);
  });
});

describe('absent parameters', () => {
  it('a URL with no field at all carries no entries: the defaults apply (the first visit), silently', () => {
    for (const q of ['', '?', '?v=2', '?from=singlemessage&isappinstalled=0', '?utm_source=x', '?v=2&q=1']) {
      expect(decodeEntries(q, fields, defaults), q).toEqual({ entries: null, version: q.includes('v=2') ? 2 : 1, notices: [] });
    }
  });

  it('in a current link, a field it lacks is empty and listed; an unticked box may be left out (a form submitted without the script does so)', () => {
    const d = decodeEntries('?v=2&dibaoStandard=600&perCapitaIncome=350&members=3&severe=1&ill=0', fields, defaults);
    expect(d.entries).toEqual({ dibaoStandard: '600', perCapitaIncome: '350', members: '3', severe: '1', ill: '0', disabled: '', noLaborHousehold: '' });
    expect(kinds(d)).toEqual(['missing:disabled']);
    expect(d.notices[0]!.zh).toBe('其中持证残疾人数（含重度）：链接中没有此项，按空白读取');
  });
});

describe('old links (version 1: no `v`, empty fields left out)', () => {
  it('a field the old link lacks was empty when it was written: read as empty, listed where the old page filled in its default', () => {
    // The 低保金 link of issue 12: 古丈 with 重度残疾 emptied; the old page showed the default 1 (1400 instead of 1200).
    const d = decodeEntries('?dibaoStandard=600&perCapitaIncome=350&members=3&ill=0&disabled=1', fields, defaults);
    expect(d.version).toBe(1);
    expect(d.entries).toEqual({ dibaoStandard: '600', perCapitaIncome: '350', members: '3', severe: '', ill: '0', disabled: '1', noLaborHousehold: '' });
    expect(kinds(d)).toEqual(['legacy-empty:severe']);
    expect(d.notices[0]!.zh).toBe('其中重度残疾（一、二级或三级智力、精神）人数：旧链接没有写出此项（当时为空），按空白读取，不再填入示例值“1”');
    expect(d.notices[0]!.en).toContain('no longer as the example value “1”');
  });

  it('the household link of issue 12 (会宁, medical section and rent emptied): empty where the old page put 1 残疾人, 住院, 24000 and 300 back', () => {
    const hh = JSON.parse(JSON.stringify(HOUSEHOLD_FIELDS)) as typeof HOUSEHOLD_FIELDS;
    const d = decodeEntries('?dibaoStandard=600&perCapitaIncome=350&members=3&hardshipMonths=2&severity=general&dibaoClass=none', hh, HOUSEHOLD_EXAMPLE);
    expect(d.entries).toMatchObject({ members: '3', disabled: '', care: '', selfPaid: '', monthlyRent: '', hardshipMonths: '2', dibaoClass: 'none' });
    expect(kinds(d)).toEqual(['legacy-empty:disabled', 'legacy-empty:care', 'legacy-empty:selfPaid', 'legacy-empty:monthlyRent']);
    // A choice is named as the form shows it.
    expect(d.notices[1]!.zh).toBe('就医类型：旧链接没有写出此项（当时为空），按空白读取，不再填入示例值“住院”');
  });

  it('a choice that cannot be empty was always written by the old page: if the old link lacks it, the field is newer than the link — the default, with a notice', () => {
    const med = FORMS['medical-aid'];
    const d = decodeEntries('?group=dibao&selfPaid=5000', med.fields, med.example);
    expect(d.entries).toEqual({ group: 'dibao', care: 'inpatient', selfPaid: '5000', aidedThisYear: '', majorDisease: '', hospitalLevel: '' });
    expect(kinds(d)).toEqual(['legacy-default:care']);
    expect(d.notices[0]!.zh).toBe('就医类型：旧链接中没有此项（当时还没有这一项），按本页默认的“住院”读取');
    // In a current link it is simply missing: empty.
    expect(decodeEntries('?v=2&group=dibao&selfPaid=5000&aidedThisYear=', med.fields, med.example).entries?.care).toBe('');
  });

  it('a field whose default is empty is not listed: the old page showed it empty too', () => {
    expect(decodeEntries('?dibaoStandard=600&perCapitaIncome=350&members=3&severe=1&ill=0&disabled=1', fields, defaults).notices).toEqual([]);
  });

  it('parameters that are not fields (perhaps fields that no longer exist) are listed, sharing parameters are not', () => {
    const d = decodeEntries('?dibaoStandard=600&perCapitaIncome=350&members=3&severe=1&ill=0&disabled=1&oldField=2&from=timeline&utm_medium=x', fields, defaults);
    expect(kinds(d)).toEqual(['unknown:']);
    expect(d.notices[0]!.zh).toBe('链接中的 “oldField” 不是本页的输入项，已忽略');
  });

  it('the page’s own parameters (the places shown, the day asked) are not entries, and never listed as dropped', () => {
    const d = decodeEntries('?places=huining-2022&asOf=2024-01-01&place=guzhang-2021', fields, defaults);
    expect(d.entries).toBeNull();
    expect(d.notices).toEqual([]);
  });

  it('an old link of unknown parameters only still says they were not used', () => {
    const d = decodeEntries('?standard=600', fields, defaults);
    expect(d.entries).toBeNull();
    expect(kinds(d)).toEqual(['unknown:']);
  });

  it('at most MAX_LISTED unknown names are listed, each cut to 40 characters', () => {
    const many = Array.from({ length: 25 }, (_, i) => `x${i}=1`).join('&');
    const d = decodeEntries(`?members=1&${many}&${'n'.repeat(300)}=1`, fields, defaults);
    const zh = d.notices.find((n) => n.kind === 'unknown')!.zh;
    expect(zh.match(/“/g)).toHaveLength(MAX_LISTED);
    expect(zh).toContain('等 26 项');
    expect(zh.length).toBeLessThan(200);
  });
});

describe('versions', () => {
  it('a version the page does not know is read in the current format, and said so', () => {
    for (const v of ['3', '1', 'x', '']) {
      const d = decodeEntries(`?v=${v}&${encodeEntries(fields, dibao.example).replace(/^v=2&/, '')}`, fields, defaults);
      expect(d.entries?.members, v).toBe('3');
      expect(kinds(d)[0], v).toBe('version:');
    }
  });

  it('in a current link, parameters that are not fields were added by something else: ignored, not listed', () => {
    const d = decodeEntries(`?${encodeEntries(fields, dibao.example)}&from=singlemessage&anything=1`, fields, defaults);
    expect(d.notices).toEqual([]);
    expect(d.entries?.members).toBe('3');
  });
});

describe('values the page does not take as they are', () => {
  it(`a value longer than ${MAX_VALUE_LENGTH} characters is not read: empty, with a notice; ${MAX_VALUE_LENGTH} is read`, () => {
    const ok = '9'.repeat(MAX_VALUE_LENGTH);
    expect(roundTrip({ ...dibao.example, perCapitaIncome: ok }).entries?.perCapitaIncome).toBe(ok);
    const d = roundTrip({ ...dibao.example, perCapitaIncome: `${ok}9` });
    expect(d.entries?.perCapitaIncome).toBe('');
    expect(kinds(d)).toEqual(['too-long:perCapitaIncome']);
    expect(d.notices[0]!.zh).toContain(`（${MAX_VALUE_LENGTH + 1} 个字符，上限 ${MAX_VALUE_LENGTH}）`);
    // Length in UTF-16 code units: 100 Chinese characters are read, 101 are not.
    expect(roundTrip({ ...dibao.example, perCapitaIncome: '元'.repeat(MAX_VALUE_LENGTH) }).entries?.perCapitaIncome).toHaveLength(MAX_VALUE_LENGTH);
    expect(roundTrip({ ...dibao.example, perCapitaIncome: '元'.repeat(MAX_VALUE_LENGTH + 1) }).entries?.perCapitaIncome).toBe('');
  });

  it('a very long URL (100 000 characters in one value) is read without trouble, the value dropped', () => {
    const d = decodeEntries(`?${encodeEntries(fields, { ...dibao.example, members: '1'.repeat(100_000) })}`, fields, defaults);
    expect(d.entries?.members).toBe('');
    expect(d.notices[0]!.zh.length).toBeLessThan(200);
  });

  it('a repeated parameter: the first value; listed only when the values differ', () => {
    const base = encodeEntries(fields, dibao.example);
    expect(decodeEntries(`?${base}&members=3`, fields, defaults).notices).toEqual([]);
    const d = decodeEntries(`?${base}&members=5`, fields, defaults);
    expect(d.entries?.members).toBe('3');
    expect(kinds(d)).toEqual(['repeated:members']);
    expect(d.notices[0]!.zh).toBe('家庭人数：链接中出现 2 次且不相同，已取第一个值“3”');
    // A repeated version: the first.
    expect(decodeEntries(`?${base}&v=9`, fields, defaults).notices).toEqual([]);
  });

  it('a choice that is not an option is kept and listed; an empty choice is "nothing chosen"', () => {
    const med = FORMS['medical-aid'].fields;
    const d = decodeEntries('?v=2&group=nope&care=inpatient&selfPaid=1&aidedThisYear=', med, FORMS['medical-aid'].example);
    expect(d.entries?.group).toBe('nope');
    expect(kinds(d)).toEqual(['bad-choice:group']);
    expect(decodeEntries('?v=2&group=&care=inpatient&selfPaid=1&aidedThisYear=', med, {}).notices).toEqual([]);
  });

  it('values in notices are quoted and cut to 40 characters', () => {
    const d = decodeEntries(`?v=2&group=${'g'.repeat(90)}&care=inpatient&selfPaid=1&aidedThisYear=`, FORMS['medical-aid'].fields, {});
    expect(d.notices[0]!.zh).toContain(`“${'g'.repeat(40)}…”`);
  });
});
