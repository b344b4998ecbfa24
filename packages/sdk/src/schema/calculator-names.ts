/** The calculators' ids, as data the schemas can name (the calculators themselves live in calculators/). */
export const CALCULATOR_NAMES = ['medical-aid', 'temporary-aid', 'dibao-benefit', 'classify', 'gradual-exit', 'rent-subsidy', 'special-hardship-standard'] as const;
/** A calculator’s id, as the content schemas name it. */
export type CalculatorName = (typeof CALCULATOR_NAMES)[number];
