/**
 * What each calculator input field means, in Chinese and English. Keyed by field name: a name means
 * the same in every calculator (and `severeDisability`, `seriousIllness`, `disabled` are the fields of
 * each of `members`). Read by `bangfu calc <calculator> --help`, `inputJsonSchema` (`bangfu schema`)
 * and the site's SDK reference; kept out of the zod schemas so the calculator pages' browser bundles do
 * not carry them. Tests check that every field of every calculator has its entry.
 */
export const FIELD_DOCS: Readonly<Record<string, { zh: string; en: string }>> = {
  group: { zh: '救助对象类别（共同词汇，见数据模型）', en: 'target group (shared vocabulary)' },
  care: { zh: '就医类型：inpatient 住院，outpatient-chronic 慢性病/特殊疾病门诊，outpatient-major 重特大疾病长期门诊', en: 'type of care: inpatient, chronic-disease outpatient, long-term outpatient for a major disease' },
  selfPaid: { zh: '本年度政策范围内、经各项保险报销后的个人自负费用（元）', en: "this year's in-policy self-paid cost after all insurance (元)" },
  aidedThisYear: { zh: '本年度该就医类型已获医疗救助金额（元），从年度限额中扣除', en: 'aid of this care type already received this year (元), deducted from the annual cap' },
  majorDisease: { zh: '所患疾病是否属于医保政策规定的重特大疾病（仅在某档救助限于重特大疾病时需要；不填按属于计算，并在步骤中说明）', en: 'whether the illness is a major disease on the medical-insurance list (asked only where a tier is limited to them; left out, the answer assumes it is and says so)' },
  hospitalLevel: { zh: '就诊定点医疗机构级别：township 乡镇（街道、社区），county 县（区）级，higher 县（区）级以上（仅在某档救助限于某些级别时需要）', en: 'level of the designated hospital: township, county (district) or higher (asked only where a tier is limited to some levels)' },
  dibaoStandard: { zh: '当地城市低保标准（元/人/月）：文件本身不定标准，由使用者提供', en: 'local urban dibao standard (元 per person per month), supplied by the user' },
  perCapitaIncome: { zh: '家庭月人均收入（元/人/月）', en: 'per-capita monthly household income (元)' },
  members: { zh: '家庭成员，每人一项：是否重度残疾、重病、持证残疾', en: 'household members, one entry each: severe disability, serious illness, disability' },
  severeDisability: { zh: '重度残疾（一、二级，或三级智力、精神残疾）', en: 'severe disability (grade 1 or 2, or grade 3 intellectual or mental)' },
  seriousIllness: { zh: '重病（患重特大疾病）', en: 'serious illness (a major or catastrophic disease)' },
  disabled: { zh: '持证残疾人（任何等级）', en: 'holds a disability certificate (any grade)' },
  noLaborHousehold: { zh: '整户无劳动能力', en: 'no member of the household is able to work' },
  persons: { zh: '救助人数', en: 'persons aided' },
  months: { zh: '困难持续时间（月）；仅按月计算的文件需要', en: 'months the hardship lasts; needed only where the document computes by month' },
  severity: { zh: '困难程度：一般（general）或重大生活困难（major：火灾、交通事故、突患重大疾病等）', en: 'ordinary or major hardship' },
  sameCauseAidsThisYear: { zh: '本年度因同类原因已获临时救助的次数', en: 'temporary-aid grants already received this year for the same cause' },
  perCapitaDisposableIncome: { zh: '家庭人均可支配收入（元/年），用于收入条件', en: "the household's per-capita disposable income (元 a year), for the income condition" },
  localPerCapitaDisposableIncome: { zh: '当地上年度人均可支配收入（元/年）', en: "last year's local per-capita disposable income (元 a year)" },
  monthlyRent: { zh: '每月应缴租金（元）', en: 'rent due per month (元)' },
  dibaoClass: { zh: '低保类别（渝中：低保A类）；非低保家庭为 none', en: "dibao class where the locality has classes (渝中: class A); 'none' if not dibao" },
  monthsSinceTemporaryAid: { zh: '获得临时救助至今的整月数（如曾获得）', en: 'whole months since temporary aid was granted, if it was' },
};

/** A field's meaning as one line: "中文 / English". */
export const fieldDoc = (name: string): string | undefined => (FIELD_DOCS[name] ? `${FIELD_DOCS[name].zh} / ${FIELD_DOCS[name].en}` : undefined);
