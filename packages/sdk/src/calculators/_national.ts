import type { NationalRules, PolicyRules } from '../schema/index.ts';

/**
 * The national rules the calculators apply (content/national/). They travel with the rules a page
 * ships (`PolicyRules.national`, filled by `rulesFor`), so a browser bundle need not carry them; in
 * Node, loading the encodings (`@bangfu/sdk/policies`) registers them once for every policy.
 */
let registered: readonly NationalRules[] = [];

/** Called by the policies module when the encodings load. */
export const _registerNational = (rules: readonly NationalRules[]): void => {
  registered = rules;
};

/** The national rules for a policy: those it carries, else the registered ones. */
export const _nationalOf = (policy: Pick<PolicyRules, 'national'>): readonly NationalRules[] => policy.national ?? registered;
