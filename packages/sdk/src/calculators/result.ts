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

export type Status = 'computed' | 'range' | 'not-eligible' | 'not-specified';

/** A category a household falls in (the `classify` calculator). */
export interface Category {
  id: string;
  zh: string;
  en: string;
  /** Global id of the provision that defines it, where the document does. */
  provision?: string;
}

export interface CalcResult {
  policy: string;
  calculator: string;
  status: Status;
  /** Exact result for `computed`: money to the fen ("14000.00"); durations in whole months ("12"). */
  amount?: string;
  min?: string;
  max?: string;
  unit: string;
  steps: Step[];
  /** Global ids of every provision the result relies on. */
  provisions: string[];
  /** `classify`: the categories the household falls in. */
  categories?: Category[];
  /** Why not eligible / not specified, in both languages. */
  reason?: { zh: string; en: string };
  /** Clauses that speak of the subject, for `not-specified`. */
  clauses?: string[];
  /** Whether the document is in force on the day asked (see `statusOn`); a lapsed or open-ended one carries a warning. */
  validity?: StatusOn;
  /** Interpretation notes of the provisions used, where the text reads more than one way. */
  interpretations?: { provision: string; encoded: string; alternative?: string; zh?: { encoded: string; alternative?: string } }[];
}

/** A provision and the document it belongs to: the policy asked about, or a national rule it builds on. */
export interface Cited {
  provision: Provision;
  /** Id of the document the provision is of. */
  of: string;
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
    const s: Step = { zh: text.zh, en: text.en };
    if (provision) {
      s.provision = this.use(provision, of);
      s.clause = provision.clause;
    }
    if (text.arithmetic) s.arithmetic = text.arithmetic;
    this.steps.push(s);
  }

  /** Record a provision the result relies on; returns its global id. */
  use(provision: Provision, of: string = this.policy.id): string {
    const id = `${of}:${provision.id}`;
    this.used.set(id, { provision, of });
    return id;
  }

  result(calculator: string, unit: string, rest: Omit<CalcResult, 'policy' | 'calculator' | 'unit' | 'steps' | 'provisions'>): CalcResult {
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

/** Freeze an object and everything it holds (encodings and shared results are read-only). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
