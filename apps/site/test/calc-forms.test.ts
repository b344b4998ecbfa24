import { describe, expect, it } from 'vitest';
import { FORMS, HOUSEHOLD_FIELDS, toInput } from '../src/lib/calc-forms.ts';

describe('form strings → calculator input', () => {
  it('turns member counts into the members list, also when the field specs came through JSON (as in the browser)', () => {
    const fields = JSON.parse(JSON.stringify(FORMS['dibao-benefit'].fields));
    const { input, errors } = toInput(fields, { dibaoStandard: '600', perCapitaIncome: '350', members: '2', severe: '0', ill: '1', disabled: '1' });
    expect(errors).toEqual([]);
    expect(input).toEqual({
      dibaoStandard: '600',
      perCapitaIncome: '350',
      members: [
        { severeDisability: false, seriousIllness: true, disabled: true },
        { severeDisability: false, seriousIllness: false, disabled: false },
      ],
    });
  });

  it('leaves empty optional fields out, reports empty required ones, and passes a non-integer through for the SDK to name', () => {
    const { input, errors } = toInput(HOUSEHOLD_FIELDS, { dibaoStandard: '', perCapitaIncome: '350', members: '1', hardshipMonths: '2.5', care: '' });
    expect(errors.map((e) => e.field)).toEqual(['dibaoStandard']);
    expect(input).toMatchObject({ perCapitaIncome: '350', hardshipMonths: '2.5' });
    expect(input).not.toHaveProperty('care');
  });

  it('a flag count above the number of members is an error on that field', () => {
    const { errors } = toInput(FORMS.classify.fields, { dibaoStandard: '600', perCapitaIncome: '1', members: '1', disabled: '3' });
    expect(errors).toEqual([{ field: 'disabled', zh: '其中持证残疾人数（含重度）不能超过家庭人数 1', en: 'of whom disabled (any grade) cannot exceed the 1 members' }]);
  });
});
