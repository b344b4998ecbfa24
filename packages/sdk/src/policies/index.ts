import type { Policy, PolicyId, Provision } from '../schema/index.ts';
import { guzhang2021 } from './guzhang-2021.ts';

export { guzhang2021 };

/** Every encoded policy, by id, in the order of the source files. */
export const policies: Partial<Record<PolicyId, Policy>> = {
  'guzhang-2021': guzhang2021,
};

export const policyList = (): Policy[] => Object.values(policies).filter((p): p is Policy => p !== undefined);

export function getPolicy(id: string): Policy | undefined {
  return Object.hasOwn(policies, id) ? policies[id as PolicyId] : undefined;
}

export function getProvision(policy: Policy, provisionId: string): Provision | undefined {
  return policy.provisions.find((p) => p.id === provisionId);
}

/** Global provision id: `guzhang-2021:medical.inpatient.dibao.threshold`. */
export const globalId = (policy: Pick<Policy, 'id'>, provision: Pick<Provision, 'id'>): string => `${policy.id}:${provision.id}`;
