import type { PolicyRules, Provision } from '../schema/index.ts';
import type { StatusOn } from '../validity.ts';

/** One step of a calculation: which provision it applied and the arithmetic, so a reader can check it. */
export interface Step {
  /** Global provision id (`policy:provision`), where the step applies one. */
  provision?: string;
  /** Clause id of that provision, for the link to the rendered text. */
  clause?: string;
  zh: string;
  en: string;
  /** The arithmetic, e.g. `(24000 − 4000) × 0.7 = 14000`. */
  arithmetic?: string;
}

/** How a calculator answered: an exact amount, a range, not eligible, or the document sets no number. */
export type Status = 'computed' | 'range' | 'not-eligible' | 'not-specified';

/** A category a household falls in (the `classify` calculator). */
export interface Category {
  id: string;
  zh: string;
  en: string;
  /** Global id of the provision that defines it, where the document does. */
  provision?: string;
}

/** What every result carries, whatever its status. */
export interface CalcResultBase {
  /** Id of the document the answer is of. */
  policy: string;
  /** Id of the calculator that answered. */
  calculator: string;
  /** Unit of the amounts: `CNY`, `CNY/household/month`, `month`, `category`… */
  unit: string;
  /** Each step of the calculation with the provision it applies (empty with `trace: false`). */
  steps: Step[];
  /** Global ids of every provision the result relies on. */
  provisions: string[];
  /** Whether the document is in force on the day asked (see `statusOn`); a lapsed or open-ended one carries a warning. */
  validity?: StatusOn;
  /** Interpretation notes of the provisions used, where the text reads more than one way. */
  interpretations?: { provision: string; encoded: string; alternative?: string; zh?: { encoded: string; alternative?: string } }[];
  /** Clauses that speak of the subject (a `not-specified` answer's, or those a result points to). */
  clauses?: string[];
}

/** An exact answer: money to the fen ("14000.00"); durations in whole months ("12"). */
export interface Computed extends CalcResultBase {
  status: 'computed';
  amount: string;
  min?: undefined;
  max?: undefined;
  reason?: undefined;
  categories?: undefined;
}
/** A bounded answer: at least `min`, at most `max` (one or both), where the text sets a floor, a ceiling or a band. */
export interface Ranged extends CalcResultBase {
  status: 'range';
  amount?: undefined;
  min?: string;
  max?: string;
  reason?: undefined;
  categories?: undefined;
}
/** The household does not qualify under this document: why, in both languages. */
export interface NotEligible extends CalcResultBase {
  status: 'not-eligible';
  amount?: undefined;
  min?: undefined;
  max?: undefined;
  reason: { zh: string; en: string };
  categories?: undefined;
}
/** The document sets no figure for this case: why, and the clauses that speak of the subject. */
export interface NotSpecified extends CalcResultBase {
  status: 'not-specified';
  amount?: undefined;
  min?: undefined;
  max?: undefined;
  reason: { zh: string; en: string };
  categories?: undefined;
}

/** `classify`'s answer: the categories the household falls in (no amount). */
export interface Classified extends CalcResultBase {
  status: 'computed';
  categories: Category[];
  amount?: undefined;
  min?: undefined;
  max?: undefined;
  reason?: undefined;
}

/** The answer of a calculator of an amount or a duration, discriminated on `status`: after `status === 'computed'`, `amount` is a string. */
export type AmountResult = Computed | Ranged | NotEligible | NotSpecified;
/** Any calculator's answer, discriminated on `status` (see `ResultOf` for one calculator's). */
export type CalcResult = AmountResult | Classified;

/** `Omit` over each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a calculator says of its answer; the trace adds the rest (policy, calculator, unit, steps, provisions). */
export type ResultBody = DistributiveOmit<CalcResult, 'policy' | 'calculator' | 'unit' | 'steps' | 'provisions'>;

/** A provision and the document it belongs to: the policy asked about, or a national rule it builds on. */
export interface Cited {
  provision: Provision;
  /** Id of the document the provision is of. */
  of: string;
}

/** A step as every trace writes it: the words, then the provision (global id) and clause it cites, then the arithmetic. */
export function _stepOf(text: { zh: string; en: string; arithmetic?: string }, cited?: { provision: string; clause: string }): Step {
  const s: Step = { zh: text.zh, en: text.en };
  if (cited) {
    s.provision = cited.provision;
    s.clause = cited.clause;
  }
  if (text.arithmetic) s.arithmetic = text.arithmetic;
  return s;
}

/** Collects steps and the provisions they cite while a calculator runs. */
export class _Trace {
  readonly steps: Step[] = [];
  /** Cited provisions by global id (a national rule and a local one may share a local id). */
  private readonly used = new Map<string, Cited>();
  readonly policy: PolicyRules;
  constructor(policy: PolicyRules) {
    this.policy = policy;
  }

  /** A step citing a provision of the policy, or (`of`) of the national rules document it applies. */
  step(text: { zh: string; en: string; arithmetic?: string }, provision?: Provision, of: string = this.policy.id): void {
    this.steps.push(_stepOf(text, provision && { provision: this.use(provision, of), clause: provision.clause }));
  }

  /** Record a provision the result relies on; returns its global id. */
  use(provision: Provision, of: string = this.policy.id): string {
    const id = `${of}:${provision.id}`;
    this.used.set(id, { provision, of });
    return id;
  }

  result(calculator: string, unit: string, rest: ResultBody): CalcResult {
    const used = [...this.used.entries()];
    // The document's own notes first; those of the national rules it applies (the same everywhere) after.
    const interpretations = [...used.filter(([, c]) => c.of === this.policy.id), ...used.filter(([, c]) => c.of !== this.policy.id)]
      .filter(([, c]) => c.provision.interpretation)
      .map(([id, c]) => {
        const { encoded, alternative, zh } = c.provision.interpretation!;
        return { provision: id, encoded, ...(alternative ? { alternative } : {}), ...(zh ? { zh } : {}) };
      });
    return {
      policy: this.policy.id,
      calculator,
      ...rest,
      unit,
      steps: this.steps,
      provisions: used.map(([id]) => id),
      ...(interpretations.length ? { interpretations } : {}),
    };
  }
}

export { deepFreeze } from '../freeze.ts';
