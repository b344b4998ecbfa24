import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/calculators/index.ts';
import { hecheng2020 as policy } from '../../src/generated/policies/hecheng-2020.ts';
import { getProvision } from '../../src/policies/index.ts';

const v = (id: string) => getProvision(policy, id);

const medical = (group: string, care: string, selfPaid: string, aidedThisYear?: string) => {
  const r = calculate('medical-aid', policy, { group, care, selfPaid, ...(aidedThisYear ? { aidedThisYear } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
};

describe('hecheng-2020 metadata', () => {
  it('carries the 文号, issuers, date, effect and validity printed in the document', () => {
    // "鹤民发〔2020〕43号"
    expect(policy.docNumber).toBe('鹤民发〔2020〕43号');
    expect(policy.title).toBe('鹤城区建立社会救助兜底保障对象救助帮扶长效机制工作方案');
    // signature block: "鹤城区民政局  鹤城区财政局 / 鹤城区教育局  鹤城区人力资源和社会保障局 / … / 鹤城区医疗保障局  鹤城区残疾人联合会"
    expect(policy.issuers).toEqual([
      '鹤城区民政局',
      '鹤城区财政局',
      '鹤城区教育局',
      '鹤城区人力资源和社会保障局',
      '鹤城区住房和城乡建设局',
      '鹤城区农业农村局',
      '鹤城区卫生健康局',
      '鹤城区扶贫开发办公室',
      '鹤城区医疗保障局',
      '鹤城区残疾人联合会',
    ]);
    // "2020年7月27日"
    expect(policy.issued).toBe('2020-07-27');
    // "本通知自发布之日起执行，有效期5年。"
    expect(policy.effective).toBe('本通知自发布之日起执行');
    expect(policy.validity).toBe('有效期5年');
    expect(v('administration.validity')).toMatchObject({ kind: 'duration', amount: '5', unit: 'year' });
    // "（湘民发〔2020〕3号）" … "（怀民发〔2020〕9号）" … "（国办发〔2017〕15号）"
    expect(policy.parents.map((p) => p.docNumber).filter(Boolean)).toEqual(['湘民发〔2020〕3号', '怀民发〔2020〕9号', '国办发〔2017〕15号']);
    expect(policy.region?.county.zh).toBe('鹤城区');
  });

  it('names the target groups of 一、工作目标', () => {
    // "农村建档立卡贫困人口中低保对象、特困人员等社会救助兜底保障对象（以下简称“兜底保障对象”）"
    expect(policy.groups.map((g) => g.id)).toEqual(['dibao', 'tekun']);
    expect(policy.groups.every((g) => g.clause === '1')).toBe(true);
  });
});

describe('hecheng-2020 figures', () => {
  it('encodes the "311" employment service: 3 job-information referrals, 1 career guidance, 1 free-training information, each at least yearly', () => {
    // "深入开展“311”就业服务行动，每年至少为登记失业的兜底保障对象家庭劳动力推荐3次岗位信息、提供1次职业指导、提供1次免费技能培训信息"
    expect(v('employment.service-311.job-referrals')).toMatchObject({ kind: 'frequency', times: 3, per: 'year', bound: 'min', clause: '3.6' });
    expect(v('employment.service-311.career-guidance')).toMatchObject({ kind: 'frequency', times: 1, per: 'year', bound: 'min' });
    expect(v('employment.service-311.training-referrals')).toMatchObject({ kind: 'frequency', times: 1, per: 'year', bound: 'min' });
    // "（区人力资源和社会保障局负责）"
    expect(v('employment.service-311.job-referrals')!.departments).toEqual(['区人力资源和社会保障局']);
  });

  it('encodes the other numbers of 三、主要措施', () => {
    // "确保兜底保障对象家庭子女接受九年义务教育"
    expect(v('education.compulsory-schooling')).toMatchObject({ kind: 'duration', amount: '9', unit: 'year' });
    // "力争有产业发展能力和意愿的贫困户有1个以上产业增收项目，有培训意愿的贫困户掌握1门以上就业创业技能"
    expect(v('employment.industry.income-projects')).toMatchObject({ kind: 'count', count: 1, bound: 'min' });
    expect(v('employment.industry.skills')).toMatchObject({ kind: 'count', count: 1, bound: 'min' });
    // "区残联要会同卫生健康等相关部门，每年至少组织一次疑似残疾人摸底以及上门评残和办证"
    expect(v('disability.assessment.frequency')).toMatchObject({ kind: 'frequency', times: 1, per: 'year', bound: 'min' });
  });

  it('encodes what the text promises without a number as commitments, and invents no figure', () => {
    // "落实低保渐退机制" — no trigger, no duration
    expect(v('employment.gradual-exit')).toMatchObject({ kind: 'commitment', clause: '3.1.a' });
    expect(v('employment.gradual-exit.trigger')).toBeUndefined();
    expect(v('employment.gradual-exit.duration')).toBeUndefined();
    // "完善临时救助政策" — no amount
    expect(v('temporary-aid.procedure')).toMatchObject({ kind: 'commitment' });
    expect(v('temporary-aid.amount')).toBeUndefined();
    // "对救助对象家庭经济和财产状况进行定期比对和评估" — no review frequency
    expect(v('administration.review.periodic')).toMatchObject({ kind: 'commitment', clause: '4.3' });
    expect(policy.provisions.filter((p) => p.id.startsWith('administration.review') && p.kind === 'frequency')).toEqual([]);
    // "落实定期探访制度" — no frequency either
    expect(v('elderly-children.left-behind.visits')).toMatchObject({ kind: 'commitment' });
    // "通过公租房实物保障和租赁补贴等方式给予帮扶"
    expect(v('housing.rent-subsidy')).toMatchObject({ kind: 'commitment' });
    // "推动差异化补助政策落实" / "健全和落实困难残疾人生活补贴和重度残疾人护理补贴制度"
    expect(v('housing.differentiated-subsidy')).toMatchObject({ kind: 'commitment' });
    expect(v('disability.two-subsidies')).toMatchObject({ kind: 'commitment' });
    // no basic-living floor, uplift, low-income band or tekun standard is printed
    for (const id of ['basic-living.floor', 'basic-living.full-standard', 'eligibility.low-income.band', 'special-hardship.standard'])
      expect(v(id), id).toBeUndefined();
  });

  it('encodes the tekun hospital rules of 三（三）', () => {
    // "特困人员因病住院首诊原则上应选择户籍所在地的基层医疗卫生机构（定点的乡镇卫生院或社区卫生服务中心）就近就医"
    expect(v('medical.tekun.first-visit')).toMatchObject({ kind: 'commitment', appliesTo: ['tekun'], care: ['inpatient'] });
    // "确因病情需要转诊到区级定点医疗机构住院的，须按有关规定办理转诊手续"
    expect(v('medical.tekun.referral')).toMatchObject({ kind: 'commitment', appliesTo: ['tekun'] });
    // "特困人员在区、乡级定点医疗机构住院的，…基本医疗自负费用（含起付线以下的部分），由医疗救助资金统筹解决"
    const local = v('medical.inpatient.tekun.local-hospitals')!;
    expect(local).toMatchObject({ kind: 'commitment', appliesTo: ['tekun'], care: ['inpatient'] });
    expect(local.interpretation?.alternative).toBeDefined();
    // "在区级以上定点医疗机构或区域外住院的，按统筹区医疗救助政策规定执行"
    expect(v('medical.inpatient.tekun.higher-level')).toMatchObject({ kind: 'commitment' });
    // "（区医保局、区卫生健康局等负责）"
    expect(local.departments).toEqual(['区医保局', '区卫生健康局']);
  });

  it('names the responsible and leading departments as printed', () => {
    // "（区民政局牵头、各相关单位负责）"
    expect(v('administration.review.periodic')).toMatchObject({ departments: ['区民政局', '各相关单位'], leadDepartment: '区民政局' });
    // "（区民政局负责）" at the end of 三（一）, inherited by 一是 … 三是
    expect(v('basic-living.single-person-household')!.departments).toEqual(['区民政局']);
    // "（区残联、区民政局、区卫生健康局等负责）"
    expect(v('disability.assessment.frequency')!.departments).toEqual(['区残联', '区民政局', '区卫生健康局']);
  });
});

// The document sets no medical-aid threshold, ratio or cap: every case refers to the pooling area's rules
// ("按照统筹区医疗救助政策规定及时给予救助") or says only "由医疗救助资金统筹解决". The calculator must say so.
describe('hecheng-2020 medical aid', () => {
  it('encodes no threshold, ratio or cap', () => {
    expect(policy.provisions.filter((p) => p.area === 'medical' && ['threshold', 'ratio', 'cap'].includes(p.kind))).toEqual([]);
  });

  it.each([
    ['tekun', 'inpatient'],
    ['tekun', 'outpatient-chronic'],
    ['dibao', 'inpatient'],
    ['dibao', 'outpatient-major'],
    ['low-income', 'inpatient'],
  ])('%s, %s → not-specified, citing 三（三）', (group, care) => {
    const r = medical(group, care, '20000');
    expect(r.status).toBe('not-specified');
    expect(r.amount).toBeUndefined();
    expect(r.clauses).toEqual(['3.3']);
  });
});
