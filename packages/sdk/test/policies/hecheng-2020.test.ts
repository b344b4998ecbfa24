import { describe, expect, it } from 'vitest';
import { hecheng2020 as policy } from '../../src/generated/policies/hecheng-2020.ts';
import { getProvision } from '../../src/policies/index.ts';

const v = (id: string) => getProvision(policy, id);

describe('hecheng-2020 figures', () => {
  it('encodes the "311" employment service: 3 job-information referrals, 1 career guidance, 1 free-training information, each at least yearly', () => {
    // "深入开展“311”就业服务行动，每年至少为登记失业的兜底保障对象家庭劳动力推荐3次岗位信息、提供1次职业指导、提供1次免费技能培训信息"
    expect(v('employment.service-311.job-referrals')).toMatchObject({ kind: 'frequency', times: 3, per: 'year', bound: 'min', clause: '3.6' });
    expect(v('employment.service-311.career-guidance')).toMatchObject({ kind: 'frequency', times: 1, per: 'year', bound: 'min' });
    expect(v('employment.service-311.training-referrals')).toMatchObject({ kind: 'frequency', times: 1, per: 'year', bound: 'min' });
    // "（区人力资源和社会保障局负责）"
    expect(v('employment.service-311.job-referrals')!.departments).toEqual(['区人力资源和社会保障局']);
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
// ("按照统筹区医疗救助政策规定及时给予救助") or says only "由医疗救助资金统筹解决". That the calculator says so
// is a case of content/policies/hecheng-2020/cases.yaml (run by test/cases.test.ts).
describe('hecheng-2020 medical aid', () => {
  it('prints no medical-aid number: the one ratio and threshold it encodes are read from words (三（三）, tekun at district and township level), and no cap', () => {
    // “……报销后的基本医疗自负费用（含起付线以下的部分），由医疗救助资金统筹解决” → 100%, no threshold (second reading, 2026).
    const quantified = policy.provisions.filter((p) => p.area === 'medical' && ['threshold', 'ratio', 'cap'].includes(p.kind));
    expect(quantified.map((p) => [p.id, p.valueFromWords])).toEqual([
      ['medical.inpatient.tekun.ratio', '由医疗救助资金统筹解决'],
      ['medical.inpatient.tekun.threshold', '含起付线以下的部分'],
    ]);
  });
});
