import { z } from 'zod';
import { NATIONAL_IDS, POLICY_IDS } from '../generated/ids.ts';

/**
 * The local documents, by their stable public ids, discovered from the folders under
 * content/policies/ at build time (src/generated/ids.ts): no list of ids is typed by hand.
 */
export { NATIONAL_IDS, POLICY_IDS };
/** The id of a local document: one of the folders of content/policies/. */
export const PolicyId = z.enum(POLICY_IDS);
export type PolicyId = z.infer<typeof PolicyId>;
