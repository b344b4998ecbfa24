import type { Policy, PolicyId, Provision } from '../schema/index.ts';
import { guzhang2021 } from './guzhang-2021.ts';
import { yunyang2019 } from './yunyang-2019.ts';
import { huining2022 } from './huining-2022.ts';
import { hecheng2020 } from './hecheng-2020.ts';
import { yuzhong2019 } from './yuzhong-2019.ts';

export { guzhang2021, yunyang2019, huining2022, hecheng2020, yuzhong2019 };

/** Every encoded policy, by id, in the order of the source files. */
export const policies: Record<PolicyId, Policy> = {
  'guzhang-2021': guzhang2021,
  'yunyang-2019': yunyang2019,
  'huining-2022': huining2022,
  'hecheng-2020': hecheng2020,
  'yuzhong-2019': yuzhong2019,
};

export const policyList = (): Policy[] => Object.values(policies);

export function getPolicy(id: string): Policy | undefined {
  return Object.hasOwn(policies, id) ? policies[id as PolicyId] : undefined;
}

export function getProvision(policy: Policy, provisionId: string): Provision | undefined {
  return policy.provisions.find((p) => p.id === provisionId);
}

/** Global provision id: `guzhang-2021:medical.inpatient.dibao.threshold`. */
export const globalId = (policy: Pick<Policy, 'id'>, provision: Pick<Provision, 'id'>): string => `${policy.id}:${provision.id}`;
