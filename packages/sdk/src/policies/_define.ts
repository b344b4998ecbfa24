import { Policy, type PolicyInput, type ProvisionInput } from '../schema/index.ts';

type ClauseInput = PolicyInput['clauses'][number];

/** The enclosing clause of a clause id: `4.3.1` → `4.3`, `4` → undefined. */
export function _parentClauseId(id: string): string | undefined {
  const i = id.lastIndexOf('.');
  return i === -1 ? undefined : id.slice(0, i);
}

/**
 * Build and validate a policy. Fills each clause's parent from its id and each provision's
 * responsible departments from the nearest clause that prints a 责任单位 line, so the
 * departments are typed once, as the document prints them.
 */
export function _definePolicy(input: Omit<PolicyInput, 'provisions' | 'clauses'> & { clauses: ClauseInput[]; provisions: ProvisionInput[] }): Policy {
  const byId = new Map(input.clauses.map((c) => [c.id, c]));
  const clauses = input.clauses.map((c) => {
    const parent = c.parent ?? _parentClauseId(c.id);
    return parent && byId.has(parent) ? { ...c, parent } : c;
  });
  const departmentsOf = (clauseId: string): { departments: string[]; lead?: string } => {
    for (let id: string | undefined = clauseId; id; id = _parentClauseId(id)) {
      const c = byId.get(id);
      if (c?.departments?.length) return c.leadDepartment ? { departments: c.departments, lead: c.leadDepartment } : { departments: c.departments };
    }
    return { departments: [] };
  };
  const provisions = input.provisions.map((p) => {
    if (p.departments?.length) return p;
    const { departments, lead } = departmentsOf(p.clause);
    return lead && !p.leadDepartment ? { ...p, departments, leadDepartment: lead } : { ...p, departments };
  });
  const result = Policy.safeParse({ ...input, clauses, provisions });
  if (!result.success) {
    throw new Error(`policy ${input.id} does not match the schema:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data;
}
