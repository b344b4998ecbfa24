/**
 * Compiles content/ into the SDK: every document folder (content/policies/<id>/, content/national/<id>/)
 * and the concept vocabulary (content/concepts.yaml) are read, joined and validated here, at build
 * time, and written to src/generated/ as plain data modules. Nothing is registered by hand: a folder
 * is a document. Errors name the file and, for YAML, the line.
 *
 *   node build/compile-content.ts [--content <dir>] [--out <dir>] [--check]
 *
 * What comes from where (each fact stated once):
 *   rendering.mdx  clause ids, headings and parents (<Clause id heading>), 责任单位 (<Duty of><Dept lead>)
 *   policy.yaml    metadata, groups, provisions, printed tables (provision departments default to the clause's)
 *   concepts.yaml  the concept of each provision: its area and the kinds it may take
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument, LineCounter, isNode, type Document } from 'yaml';
import { CONTENT_ROOT, FILES, listDocuments, parseRendering, type Rendering } from '@bangfu/content';
import { Concepts, Policy, type Concept, type PolicySummary } from '../src/schema/policy.ts';
import { LOCAL_CONCEPT, Provision } from '../src/schema/provision.ts';
import { AREA_IDS, POLICY_ID_PATTERN } from '../src/schema/vocabulary.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const GENERATED_DIR = resolve(here, '../src/generated');

export interface Compiled {
  /** Local documents, in listing order. */
  policies: Policy[];
  /** National rules the calculators apply. */
  national: Policy[];
  concepts: Concept[];
}
export type CompileResult = { ok: true; value: Compiled } | { ok: false; errors: string[] };

interface Yaml {
  doc: Document;
  lines: LineCounter;
  file: string;
}

function readYaml(file: string, root: string, errors: string[]): Yaml | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const rel = relative(root, file);
  for (const e of [...doc.errors, ...doc.warnings]) errors.push(`${rel}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  return doc.errors.length ? undefined : { doc, lines, file: rel };
}

/** `file:line: path: message`, the line of the YAML node the path points at (or of its nearest parent). */
function at(y: Yaml, path: readonly PropertyKey[], message: string): string {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return `${y.file}:${y.lines.linePos(node.range[0]).line}: ${path.join('.') || '(top)'}: ${message}`;
  }
  return `${y.file}: ${path.join('.')}: ${message}`;
}

const parentOf = (id: string): string | undefined => {
  const i = id.lastIndexOf('.');
  return i === -1 ? undefined : id.slice(0, i);
};

/** Clause structure and 责任单位, as the rendering states them. */
function clausesOf(r: Rendering, file: string, errors: string[]): Policy['clauses'] {
  const ids = new Set<string>();
  for (const c of r.clauses) {
    if (ids.has(c.id)) errors.push(`${file}: <Clause id="${c.id}"> appears twice`);
    ids.add(c.id);
  }
  const duties = new Map<string, { departments: string[]; lead?: string }>();
  for (const c of r.clauses) {
    for (const d of c.duties) {
      if (!ids.has(d.of)) errors.push(`${file}: clause ${c.id}: <Duty of="${d.of}"> names no clause`);
      else if (c.id !== d.of && !c.id.startsWith(`${d.of}.`)) errors.push(`${file}: clause ${c.id}: <Duty of="${d.of}"> must govern its own clause or one that encloses it`);
      if (duties.has(d.of)) errors.push(`${file}: clause ${d.of} has two 责任单位 lines (<Duty>)`);
      const leads = d.departments.filter((x) => x.lead);
      if (leads.length > 1) errors.push(`${file}: clause ${c.id}: more than one <Dept lead>`);
      if (!d.departments.length) errors.push(`${file}: clause ${c.id}: <Duty> without a <Dept>`);
      duties.set(d.of, { departments: d.departments.map((x) => x.name), ...(leads[0] ? { lead: leads[0].name } : {}) });
    }
  }
  return r.clauses.map((c) => {
    const parent = parentOf(c.id);
    const duty = duties.get(c.id);
    return {
      id: c.id,
      ...(c.heading ? { heading: c.heading } : {}),
      ...(duty ? { departments: duty.departments, ...(duty.lead ? { leadDepartment: duty.lead } : {}) } : {}),
      ...(parent && ids.has(parent) ? { parent } : {}),
    };
  });
}

/** Keys a provision of this kind may carry (the schema's own): anything else is a typo, not silently dropped. */
function allowedKeys(kind: unknown): Set<string> | undefined {
  const option = Provision.options.find((o) => (o.shape.kind as unknown as { value: unknown }).value === kind);
  return option ? new Set(Object.keys(option.shape)) : undefined;
}
const POLICY_KEYS = new Set(Object.keys(Policy.shape).filter((k) => k !== 'id' && k !== 'clauses'));

/** One document folder → a validated Policy, or errors naming file and line. */
export function compileDocument(dir: string, id: string, scope: 'local' | 'national', concepts: Map<string, Concept>, root: string, errors: string[]): { policy: Policy; order: string } | undefined {
  const before = errors.length;
  const folder = join(dir, id);
  if (!POLICY_ID_PATTERN.test(id)) errors.push(`${relative(root, folder)}: a document folder is named <county-pinyin>-<year> (e.g. guzhang-2021), not "${id}"`);
  for (const f of [FILES.source, FILES.rendering, FILES.encoding]) if (!existsSync(join(folder, f))) errors.push(`${relative(root, folder)}: missing ${f}`);
  if (errors.length > before) return undefined;
  const y = readYaml(join(folder, FILES.encoding), root, errors);
  const renderingFile = relative(root, join(folder, FILES.rendering));
  let rendering: Rendering;
  try {
    rendering = parseRendering(readFileSync(join(folder, FILES.rendering), 'utf8'), id);
  } catch (e) {
    errors.push(`${renderingFile}: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
  if (!y) return undefined;
  const data = y.doc.toJS() as Record<string, unknown> | null;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    errors.push(`${y.file}: the encoding must be a mapping (title:, provisions:, …)`);
    return undefined;
  }
  for (const k of Object.keys(data)) {
    if (k === 'id') errors.push(at(y, [k], `the id is the folder's name (${id}); leave it out`));
    else if (k === 'clauses') errors.push(at(y, [k], 'clause structure lives in rendering.mdx (<Clause id heading>); leave it out'));
    else if (!POLICY_KEYS.has(k)) errors.push(at(y, [k], `unknown field "${k}"`));
  }
  const clauses = clausesOf(rendering, renderingFile, errors);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const departmentsOf = (clauseId: string): { departments: string[]; leadDepartment?: string } => {
    for (let c: string | undefined = clauseId; c; c = parentOf(c)) {
      const cl = byId.get(c);
      if (cl?.departments?.length) return cl.leadDepartment ? { departments: cl.departments, leadDepartment: cl.leadDepartment } : { departments: cl.departments };
    }
    return { departments: [] };
  };
  const raw = Array.isArray(data.provisions) ? (data.provisions as Record<string, unknown>[]) : [];
  const provisions = raw.map((p, i) => {
    if (!p || typeof p !== 'object') return p;
    const path = ['provisions', i];
    const keys = allowedKeys(p.kind);
    if (keys) for (const k of Object.keys(p)) if (!keys.has(k)) errors.push(at(y, [...path, k], `unknown field "${k}" for a provision of kind ${String(p.kind)}`));
    const concept = typeof p.concept === 'string' ? p.concept : undefined;
    let area = p.area;
    if (concept === undefined) errors.push(at(y, path, `provision ${String(p.id)} names no concept (an id of concepts.yaml, or "local")`));
    else if (concept === LOCAL_CONCEPT) {
      if (!AREA_IDS.includes(area as never)) errors.push(at(y, [...path, 'area'], `a local provision states its area (one of ${AREA_IDS.join(', ')})`));
    } else {
      const c = concepts.get(concept);
      if (!c) errors.push(at(y, [...path, 'concept'], `unknown concept "${concept}" (add it to concepts.yaml, or write "local")`));
      else {
        if (area !== undefined && area !== c.area) errors.push(at(y, [...path, 'area'], `area ${String(area)} contradicts concept ${concept} (area ${c.area}); leave area out`));
        area = c.area;
        if (!c.kinds.includes(p.kind as never)) errors.push(at(y, [...path, 'kind'], `concept ${concept} takes ${c.kinds.join(', ')}, not ${String(p.kind)}`));
      }
    }
    const departments = p.departments === undefined ? departmentsOf(String(p.clause)) : {};
    // key order of the published data: id, concept, clause, area, kind, then the rest
    return { id: p.id, concept, clause: p.clause, area, ...p, ...departments };
  });
  const input = { id, ...data, scope, clauses, provisions };
  const parsed = Policy.safeParse(input);
  if (!parsed.success) {
    const common = new Set(Object.keys(Provision.options[0]!.shape).filter((k) => Provision.options.every((o) => k in o.shape)));
    const valueAt = (path: readonly PropertyKey[]) => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as string] : undefined), input);
    for (const issue of parsed.error.issues) {
      let message = issue.message;
      // A field left out reads as missing, with the fields its kind takes (a researcher's first question).
      if (issue.code === 'invalid_type' && valueAt(issue.path) === undefined) {
        const [head, i] = issue.path;
        const p = head === 'provisions' && typeof i === 'number' ? raw[i] : undefined;
        const fields = p ? [...(allowedKeys(p.kind) ?? [])].filter((k) => !common.has(k) && k !== 'kind') : [];
        const field = String(issue.path.at(-1));
        message = `missing field "${field}"${p ? ` in provision ${String(p.id)} (kind ${String(p.kind)} takes: ${fields.join(', ')}; money, ratios and multiples as quoted strings like "0.65", counts and ages as bare numbers)` : ''}`;
      }
      const first = String(issue.path[0] ?? "");
      const inYaml = first === "provisions" || first in data;
      errors.push(inYaml ? at(y, issue.path, message) : `${renderingFile}: ${issue.path.join('.')}: ${message}`);
    }
    return undefined;
  }
  if (errors.length > before) return undefined;
  return { policy: parsed.data, order: String(rendering.frontmatter.extraction ?? '') };
}

/** Every document folder and the vocabulary under a content root. */
export function compileContent(root = CONTENT_ROOT): CompileResult {
  const errors: string[] = [];
  const conceptsFile = join(root, 'concepts.yaml');
  let concepts: Concept[] = [];
  const y = existsSync(conceptsFile) ? readYaml(conceptsFile, root, errors) : (errors.push('concepts.yaml: missing'), undefined);
  if (y) {
    const parsed = Concepts.safeParse(y.doc.toJS());
    if (parsed.success) concepts = parsed.data;
    else for (const issue of parsed.error.issues) errors.push(at(y, issue.path, issue.message));
  }
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const load = (sub: string, scope: 'local' | 'national') => {
    const dir = join(root, sub);
    return listDocuments(dir)
      .map((id) => compileDocument(dir, id, scope, byId, root, errors))
      .filter((x) => x !== undefined)
      .sort((a, b) => (a.order === b.order ? a.policy.id.localeCompare(b.policy.id) : a.order === '' ? 1 : b.order === '' ? -1 : a.order.localeCompare(b.order)))
      .map((x) => x.policy);
  };
  const policies = load('policies', 'local');
  const national = load('national', 'national');
  if (!policies.length && !errors.length) errors.push('policies/: no document folder (each holds source.txt, rendering.mdx, policy.yaml)');
  const seen = new Set<string>();
  for (const p of [...policies, ...national]) {
    if (seen.has(p.id)) errors.push(`${p.id}: a local and a national document share this id`);
    seen.add(p.id);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { policies, national, concepts } };
}

/** `guzhang-2021` → `guzhang2021`: the named export of a policy module. */
export const exportName = (id: string): string => id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/-/g, '');

const HEADER = '// Generated by packages/sdk/build/compile-content.ts from content/. Do not edit: edit the folder and rebuild.\n';
/**
 * Data as a module, parsed once at load (a string literal keeps tsc and bundlers fast) and deeply
 * frozen: a caller changing a ratio on the object it was given cannot change anyone's later result.
 * Medical aid reads the data once per (policy, group, care) since its evaluator is compiled.
 */
const dataModule = (type: string, typeFrom: string, value: unknown, names: string[], doc?: string): string =>
  `${HEADER}import type { ${type.replace('[]', '')} } from '${typeFrom}';\nimport { deepFreeze } from '${typeFrom.replace(/schema\/[^/]+$/, 'freeze.ts')}';\n\n` +
  `${doc ? `/** ${doc} */\n` : ''}const data: ${type.endsWith('[]') ? 'readonly ' : ''}${type} = deepFreeze(JSON.parse(${JSON.stringify(JSON.stringify(value))}));\nexport default data;\nexport { ${names.map((n) => `data as ${n}`).join(', ')} };\n`;

/** Write src/generated/: ids.ts, one module per document, registry.ts (all of them, for `@bangfu/sdk/all`), catalogue.ts and loaders.ts (what the root loads instead), concepts.ts. */
export function writeGenerated(c: Compiled, final = GENERATED_DIR): void {
  // Written beside, then swapped in: a process reading the SDK meanwhile never sees a half-written folder.
  const out = `${final}.tmp-${process.pid}`;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'policies'), { recursive: true });
  mkdirSync(join(out, 'national'), { recursive: true });
  const list = (xs: Policy[]) => `[${xs.map((p) => `'${p.id}'`).join(', ')}]`;
  writeFileSync(
    join(out, 'ids.ts'),
    `${HEADER}/** The local documents' ids, in listing order (one folder each under content/policies/). */\nexport const POLICY_IDS = ${list(c.policies)} as const;\n` +
      `/** The national rules' ids (content/national/). */\nexport const NATIONAL_IDS = ${list(c.national)} as const;\n`,
  );
  for (const p of c.policies) writeFileSync(join(out, 'policies', `${p.id}.ts`), (dataModule('Policy', '../../schema/policy.ts', p, ['policy', exportName(p.id)], `The encoding of ${p.title}（${p.docNumber}）, compiled from content/policies/${p.id}/ and frozen.`)));
  for (const p of c.national) writeFileSync(join(out, 'national', `${p.id}.ts`), (dataModule('Policy', '../../schema/policy.ts', p, ['policy', exportName(p.id)], `The national rules ${p.title}（${p.docNumber}）, as far as the calculators apply them, compiled from content/national/${p.id}/ and frozen.`)));
  const name = (p: Policy) => exportName(p.id);
  // national.ts stands alone: calculators import it without pulling every local document into a bundle
  writeFileSync(
    join(out, 'national.ts'),
    `${HEADER}import type { Policy } from '../schema/policy.ts';\n${c.national.map((p) => `import ${name(p)} from './national/${p.id}.ts';`).join('\n')}\n\n` +
      (c.national.length ? `export { ${c.national.map(name).join(', ')} };\n` : '') +
      `/** The national rules the calculators apply. */\nexport const NATIONAL: readonly Policy[] = Object.freeze([${c.national.map(name).join(', ')}]);\n`,
  );
  writeFileSync(
    join(out, 'registry.ts'),
    `${HEADER}import type { Policy } from '../schema/policy.ts';\n${c.policies.map((p) => `import ${name(p)} from './policies/${p.id}.ts';`).join('\n')}\n\n` +
      `export { ${c.policies.map(name).join(', ')} };\nexport * from './national.ts';\n` +
      `/** The local documents, in listing order. */\nexport const POLICIES: readonly Policy[] = Object.freeze([${c.policies.map(name).join(', ')}]);\n`,
  );
  // The catalogue: one small entry per document, what a listing needs, loaded by the package root instead of the documents.
  const withoutNote = ({ interpretation: _, ...end }: NonNullable<Policy['inForce']>['start']) => end;
  const summary = (p: Policy): PolicySummary => ({
    id: p.id, title: p.title, shortName: p.shortName, docNumber: p.docNumber, ...(p.region ? { region: p.region } : {}), issuers: p.issuers, issued: p.issued,
    ...(p.inForce ? { inForce: { start: withoutNote(p.inForce.start), end: withoutNote(p.inForce.end), trial: p.inForce.trial } } : {}), clauseCount: p.clauses.length, provisionCount: p.provisions.length,
  });
  writeFileSync(join(out, 'catalogue.ts'), dataModule('PolicySummary[]', '../schema/policy.ts', c.policies.map(summary), ['catalogue'], 'The catalogue of the local documents, in listing order: one light entry each (no provisions), compiled from content/policies/ and frozen.'));
  // One loader per document, each a literal import(): Node and every bundler load (or split out) exactly the module asked for.
  writeFileSync(
    join(out, 'loaders.ts'),
    `${HEADER}import type { Policy } from '../schema/policy.ts';\n\n/** A loader per local document: its own module, imported on demand. */\n` +
      `export const LOADERS: Readonly<Record<string, () => Promise<{ default: Policy }>>> = Object.freeze({\n${c.policies.map((p) => `  '${p.id}': () => import('./policies/${p.id}.ts'),`).join('\n')}\n});\n`,
  );
  writeFileSync(join(out, 'concepts.ts'), dataModule('Concept[]', '../schema/policy.ts', c.concepts, ['concepts'], 'The shared concept vocabulary, compiled from content/concepts.yaml and frozen.'));
  // totals.ts is written after the swap, by build/totals.ts (it loads the documents' modules written here). Unchanged
  // (totals.ts aside): leave the folder in place, so that a build reading it meanwhile (the site's, in parallel) never
  // misses it. Changed: the new folder has no totals.ts until build/totals.ts writes it, so that whatever reads the SDK
  // meanwhile, or after the counts failed, fails to import it rather than reading the old documents' counts.
  if (sameTree(out, final, 'totals.ts')) rmSync(out, { recursive: true, force: true });
  else {
    rmSync(final, { recursive: true, force: true });
    renameSync(out, final);
  }
  // The counts of every document (build/totals.ts), from the modules just written, in a process of its own; for a
  // generated/ folder inside a copy of the SDK's src/ (what the SDK's tests make), that copy's documents.
  const src = dirname(final);
  if (existsSync(join(src, 'policies/index.ts'))) execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', join(here, 'totals.ts'), '--src', src], { stdio: 'inherit' });
}

/** Do two folders hold the same files with the same bytes (`except`, a file at the top, left out)? */
function sameTree(a: string, b: string, except?: string): boolean {
  if (!existsSync(b)) return false;
  const list = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).filter((f) => f !== `${sep}${except}`).sort();
  const [fa, fb] = [list(a), list(b)];
  return fa.length === fb.length && fa.every((f, i) => f === fb[i] && readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = await import('node:util').then((u) => u.parseArgs({ options: { content: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, schemas: { type: 'boolean' } } }));
  if (values.schemas) {
    const dir = join(values.content ? resolve(values.content) : CONTENT_ROOT, 'schema');
    mkdirSync(dir, { recursive: true });
    for (const [name, schema] of Object.entries(await encodingJsonSchemas())) writeFileSync(join(dir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  const result = compileContent(values.content ? resolve(values.content) : CONTENT_ROOT);
  if (!result.ok) {
    process.stderr.write(`content/ does not compile (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):\n${result.errors.map((e) => `  ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  if (!values.check) {
    writeGenerated(result.value, values.out ? resolve(values.out) : GENERATED_DIR);
  }
  const { policies, national, concepts } = result.value;
  process.stderr.write(`content: ${policies.length} documents, ${national.length} national, ${concepts.length} concepts, ${policies.reduce((n, p) => n + p.provisions.length, 0)} provisions\n`);
}

/**
 * JSON Schemas for editing content/ (editor completion in policy.yaml, concepts.yaml and cases.yaml), generated
 * from the zod schemas: the encoding is a Policy without `id` (the folder's name) and `clauses` (the
 * rendering's), whose provisions may leave out `area` (their concept's) and `departments` (the clause's);
 * a cases.yaml is a list of hand-worked cases (`Cases`).
 */
export async function encodingJsonSchemas(): Promise<Record<'policy' | 'concepts' | 'cases', Record<string, unknown>>> {
  const { z } = await import('zod');
  const { Cases } = await import('../src/schema/case.ts');
  const policy = z.toJSONSchema(Policy, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
  delete policy.properties.id;
  delete policy.properties.clauses;
  policy.required = (policy.required as string[]).filter((k) => k !== 'id' && k !== 'clauses');
  for (const variant of policy.properties.provisions.items.anyOf ?? policy.properties.provisions.items.oneOf ?? []) {
    variant.required = (variant.required as string[]).filter((k) => k !== 'area');
    variant.additionalProperties = false;
  }
  policy.additionalProperties = false;
  const concepts = z.toJSONSchema(Concepts, { io: 'input', unrepresentable: 'any' });
  const head = (title: string) => ({ title, description: `${title}. Generated from the zod schemas of @bangfu/sdk by packages/sdk/build/compile-content.ts --schemas; do not edit.` });
  const cases = z.toJSONSchema(Cases, { io: 'input' });
  return {
    policy: { ...policy, ...head('bangfu document encoding (policy.yaml)') },
    concepts: { ...concepts, ...head('bangfu concept vocabulary (concepts.yaml)') },
    cases: { ...cases, ...head('bangfu hand-worked cases (cases.yaml)') },
  };
}
