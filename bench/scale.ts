/**
 * Scale benchmark (issue 17, deliverable 1): how the SDK and the site grow from five documents to
 * thousands. For each N, the repository is copied into a temporary directory (its own files as in
 * sixth-document.test.ts, node_modules shared by links), N − 5 synthetic document folders are made
 * from the five real ones, and the build runs phase by phase, each child under GNU time
 * (`/usr/bin/time -f '%e %M'`: wall seconds, peak RSS in KiB):
 *
 *   1. SDK content compile   packages/sdk: node build/compile-content.ts   (`generate`)
 *   2. SDK tsc build         packages/sdk: tsc -p tsconfig.build.json       (the rest of `build`)
 *   3. site build            apps/site:    node tools/build.ts --full --report   (the site's `build`: `astro build`
 *                                          in batches of documents, the whole-dataset downloads (scripts/datasets.ts,
 *                                          streamed; until issue 17 item 3 endpoints inside `astro build`), the search
 *                                          index — Pagefind's Node API, in shards of documents —, each step a child whose
 *                                          wall time and peak it reports; recorded as the phases "astro build (all
 *                                          batches)": summed time, the largest batch's peak; and one per other step)
 *   4. incremental site build after one document changed (tools/build.ts --report)
 *
 * then it measures dist/ (total bytes, gzip of the HTML, the largest page of each route of
 * apps/site/src/pages, the largest file, the Pagefind index), the CLI's start for one household
 * (median of 7, as a ratio to `node -e 0` measured alternately in the same run) and the time of
 * `import('@bangfu/sdk')` in a child (median of 7). The load average is recorded beside every phase.
 *
 *   node --disable-warning=ExperimentalWarning bench/scale.ts --n 5,50,250 [--keep] [--json out.json] [--sdk-only] [--batch-docs 250]
 *
 * `--batch-docs` is passed to tools/build.ts (documents per `astro build` process; its default otherwise).
 *
 * `--sdk-only` runs the SDK's two phases and the CLI and load measures, not the site's build (no
 * astro build, no pagefind, no dist/ sizes): what the SDK's cost in N is, in a few minutes.
 *
 * Synthetic documents (see `synthesize`): document k is made from real document k mod 5; it gets an
 * id `synth-<letters>-<year>`, a county name of its own (Chinese and English), its own 文号, a few
 * words varied from a fixed list of near-synonyms (so the search vocabulary grows), and every money
 * figure written in Arabic digits or in 万, every percentage and every decimal multiple (…倍) changed:
 * the same substitution is applied to rendering.mdx, source.txt, reading.yaml and every string of
 * policy.yaml, and a provision's value fields (amount/min/max/ratio) change with the figure its own
 * quote holds, so <Fig> text, quote and value agree. cases.yaml is left empty (its expected values
 * are not recomputed); figures written as Chinese numerals, counts, months, ages and times are kept.
 * Nothing here is a test: timings depend on the machine and on what else runs on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { mulberry32 } from './prng.ts';
import { BUILD_BUDGETS, FETCHED_BUDGETS, pageBudget } from '../apps/site/budgets.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..');
const NODE = process.execPath;
const TIME = '/usr/bin/time';

// ---------------------------------------------------------------- synthetic documents


/** Characters of Chinese place names: two of them make a county name (60 × 59 distinct names). */
const NAME_CHARS = [...'安宝昌川达东丰福高广和华吉嘉江金靖康兰乐临龙隆茂明南宁平普庆仁荣瑞山盛水顺泰通万文武西祥新兴秀延阳永裕元泽长正忠洲岚桐柏松岭溪'];
/** Pinyin-like syllables for the English names. */
const SYLLABLES = ['an', 'bao', 'chang', 'da', 'dong', 'feng', 'fu', 'gao', 'guang', 'he', 'hua', 'ji', 'jia', 'jiang', 'jin', 'kang', 'lan', 'le', 'lin', 'long', 'mao', 'ming', 'nan', 'ning', 'ping', 'qing', 'ren', 'rong', 'rui', 'shan', 'sheng', 'shui', 'shun', 'tai', 'tong', 'wan', 'wen', 'wu', 'xi', 'xiang'];
/**
 * The 31 provincial-level divisions of the mainland: synthetic document k is placed in province k mod 31
 * (its region in policy.yaml; the text keeps its own words), so the place picker and the lists by
 * province see a realistic spread — about 90 documents a province at 2,800.
 */
const PROVINCES: [string, string][] = [
  ['北京市', 'Beijing'], ['天津市', 'Tianjin'], ['河北省', 'Hebei'], ['山西省', 'Shanxi'], ['内蒙古自治区', 'Inner Mongolia'],
  ['辽宁省', 'Liaoning'], ['吉林省', 'Jilin'], ['黑龙江省', 'Heilongjiang'], ['上海市', 'Shanghai'], ['江苏省', 'Jiangsu'],
  ['浙江省', 'Zhejiang'], ['安徽省', 'Anhui'], ['福建省', 'Fujian'], ['江西省', 'Jiangxi'], ['山东省', 'Shandong'],
  ['河南省', 'Henan'], ['湖北省', 'Hubei'], ['湖南省', 'Hunan'], ['广东省', 'Guangdong'], ['广西壮族自治区', 'Guangxi'],
  ['海南省', 'Hainan'], ['重庆市', 'Chongqing'], ['四川省', 'Sichuan'], ['贵州省', 'Guizhou'], ['云南省', 'Yunnan'],
  ['西藏自治区', 'Tibet'], ['陕西省', 'Shaanxi'], ['甘肃省', 'Gansu'], ['青海省', 'Qinghai'], ['宁夏回族自治区', 'Ningxia'],
  ['新疆维吾尔自治区', 'Xinjiang'],
];
/** The five real documents: their short place name (as the text writes it) and English name. */
const PLACES: Record<string, { zh: string; en: string }> = {
  'guzhang-2021': { zh: '古丈', en: 'Guzhang' },
  'yunyang-2019': { zh: '云阳', en: 'Yunyang' },
  'huining-2022': { zh: '会宁', en: 'Huining' },
  'hecheng-2020': { zh: '鹤城', en: 'Hecheng' },
  'yuzhong-2019': { zh: '渝中', en: 'Yuzhong' },
};
/**
 * Near-synonyms of common administrative words (none of them a place, a group term the calculators
 * read, or part of a department's name): each synthetic document takes a few, everywhere in its folder.
 */
const SYNONYMS: [string, string][] = [
  ['切实', '确实'], ['积极', '主动'], ['及时', '尽快'], ['进一步', '更进一步'], ['加大', '加强'],
  ['完善', '健全'], ['落实', '落地'], ['做好', '办好'], ['着力', '致力'], ['认真', '扎实'],
  ['困难群众', '困难居民'], ['帮扶', '扶助'], ['建立', '建设'], ['推进', '推动'], ['提高', '提升'],
  ['统筹', '统一协调'], ['加强', '强化'], ['开展', '组织'], ['力度', '强度'], ['机制', '制度'],
  ['确保', '保证'], ['严格', '从严'], ['全面', '全方位'], ['实施', '施行'], ['有效', '切实有效'],
];

const alpha = (i: number, len: number): string => {
  let s = '';
  for (let k = 0; k < len; k++, i = Math.floor(i / 26)) s = String.fromCharCode(97 + (i % 26)) + s;
  return s;
};
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word, with any whitespace between its characters. */
const spaced = (s: string) => [...s].map(escapeRe).join('\\s*');

interface Plan {
  /** Its index among the synthetic documents. */
  k: number;
  id: string;
  place: { zh: string; en: string };
  docNumber: string;
  synonyms: [string, string][];
  money: Map<number, number>; // 元 → 元
  wan: Map<string, string>; // N (in N万) → N'
  percent: Map<number, number>; // p → p'
  multiple: Map<string, string>; // X (in X倍, decimal) → X'
}

const yearOf = (id: string) => id.slice(-4);

/** What to change in document k (0-based among the synthetic ones), made from the real `template`. */
function plan(k: number, template: string, rendering: string, docNumber: string): Plan {
  const rnd = mulberry32(20260617 + k * 7919);
  const P = NAME_CHARS.length;
  const zh = NAME_CHARS[k % P]! + NAME_CHARS[(k + 1 + Math.floor(k / P)) % P]!;
  const S = SYLLABLES.length;
  const en = (SYLLABLES[k % S]! + SYLLABLES[(k * 7 + 3 + Math.floor(k / S)) % S]!).replace(/^./, (c) => c.toUpperCase());
  const id = `synth-${alpha(k, 3)}-${yearOf(template)}`;
  // 文号: the issuer's abbreviation takes the new name's first character; the serial number is new.
  const orig = PLACES[template]!.zh;
  const newDoc = (docNumber.includes(orig) ? docNumber.replace(orig, zh) : zh[0]! + docNumber.slice(1)).replace(/(\d+)号$/, `${100 + k}号`);
  const synonyms = SYNONYMS.filter(() => rnd() < 0.3);
  // The figures the rendering links: <Fig …>text</Fig>.
  const figs = [...rendering.matchAll(/<Fig\b[^>]*>([\s\S]*?)<\/Fig>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  const money = new Map<number, number>();
  const wan = new Map<string, string>();
  const percent = new Map<number, number>();
  const multiple = new Map<string, string>();
  const factor = 0.8 + rnd() * 0.5; // every money figure of a document scales by the same factor: order is kept
  const yearLike = (v: number) => v >= 1990 && v <= 2035 && new RegExp(`(?<![\\d.])${v}年`).test(rendering);
  for (const t of figs) {
    for (const m of t.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*万/g)) if (!wan.has(m[1]!)) wan.set(m[1]!, String(Number(m[1]) + 1)); // N万 → (N+1)万: keeps order
    if (/元/.test(t)) {
      for (const m of t.matchAll(/(?<![\d.])(\d{3,})(?![\d.]|\s*万)/g)) {
        const v = Number(m[1]);
        if (money.has(v) || yearLike(v)) continue;
        const step = v >= 10000 ? 1000 : v >= 1000 ? 100 : 10;
        let w = Math.round((v * factor) / step) * step;
        if (w === v) w += step;
        money.set(v, w);
      }
    }
    for (const m of t.matchAll(/(?<![\d.])(\d{1,2})\s*%/g)) percent.set(Number(m[1]), 0);
    for (const m of t.matchAll(/(?<![\d.])(\d+\.\d+)(?=\s*倍)/g)) multiple.set(m[1]!, (Number(m[1]) + 0.1).toFixed(m[1]!.split('.')[1]!.length));
  }
  // One shift for every percentage of the document (keeps their order), within 1–99.
  const ps = [...percent.keys()];
  const delta = [5, -5, 10, -1].find((d) => ps.every((p) => p + d >= 1 && p + d <= 99)) ?? 0;
  for (const p of ps) percent.set(p, p + delta);
  // A money value written in 万 elsewhere (5万元 = 50000) maps with it, to keep one value per amount.
  for (const [n, n2] of wan) money.set(Number(n) * 10000, Number(n2) * 10000);
  return { k, id, place: { zh, en }, docNumber: newDoc, synonyms, money, wan, percent, multiple };
}

/** The text substitution of a plan: one pass per kind of token, every token replaced at once. */
function retext(p: Plan, template: string, docNumber: string): (s: string) => string {
  const orig = PLACES[template]!;
  const rules: [RegExp, (m: string, ...g: string[]) => string][] = [];
  rules.push([new RegExp(spaced(docNumber), 'g'), () => p.docNumber]);
  if (p.synonyms.length) {
    const map = new Map(p.synonyms);
    // source.txt is an extraction with line breaks anywhere: a word may be cut by one.
    rules.push([new RegExp([...map.keys()].sort((a, b) => b.length - a.length).map(spaced).join('|'), 'g'), (m) => map.get(m.replace(/\s+/g, ''))!]);
  }
  rules.push([new RegExp(spaced(orig.zh), 'g'), () => p.place.zh]);
  rules.push([new RegExp(`\\b${orig.en}\\b`, 'g'), () => p.place.en]);
  if (p.wan.size) rules.push([new RegExp(`(?<![\\d.])(${[...p.wan.keys()].map(escapeRe).join('|')})(?=\\s*万)`, 'g'), (m) => p.wan.get(m)!]);
  if (p.money.size) rules.push([new RegExp(`(?<![\\d.,])(${[...p.money.keys()].join('|')})(?![\\d]|\\.\\d)`, 'g'), (m) => String(p.money.get(Number(m))!)]);
  if (p.percent.size) rules.push([new RegExp(`(?<![\\d.])(${[...p.percent.keys()].join('|')})(?=\\s*%)`, 'g'), (m) => String(p.percent.get(Number(m))!)]);
  if (p.multiple.size) rules.push([new RegExp(`(?<![\\d.])(${[...p.multiple.keys()].map(escapeRe).join('|')})(?=\\s*(?:倍|times|×))`, 'g'), (m) => p.multiple.get(m)!]);
  return (s) => rules.reduce((acc, [re, f]) => acc.replace(re, f as (m: string) => string), s);
}

const VALUE_KEYS = new Set(['amount', 'min', 'max', 'ratio', 'change']);
const KEEP_KEYS = new Set(['id', 'clause', 'concept', 'kind', 'of', 'unit', 'base', 'per', 'bound', 'appliesTo', 'care', 'members', 'formerly', 'area']);

/** policy.yaml: strings through `text`; a provision's value fields follow the figures of its own quote. */
function reencode(yamlText: string, p: Plan, text: (s: string) => string): string {
  const doc: Document = parseDocument(yamlText);
  const walk = (node: unknown, key: string | undefined, quote: string | undefined): void => {
    if (isMap(node)) {
      const q = node.get('quote');
      const own = typeof q === 'string' ? q : quote;
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : '';
        if (isScalar(pair.value)) {
          const v = pair.value.value;
          if (VALUE_KEYS.has(k) && typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) && own) {
            const sign = v.startsWith('-') ? -1 : 1;
            const n = Math.abs(Number(v));
            const pc = Math.round(n * 100);
            const has = (re: string) => new RegExp(re).test(own);
            if (p.money.has(n) && (has(`(?<![\\d.])${n}(?!\\d)`) || [...p.wan.keys()].some((w) => Number(w) * 10000 === n && has(`(?<![\\d.])${escapeRe(w)}\\s*万`)))) pair.value.value = String(sign * p.money.get(n)!);
            else if (n < 1 && p.percent.has(pc) && has(`(?<![\\d.])${pc}\\s*%`)) pair.value.value = String((sign * p.percent.get(pc)!) / 100);
            else if (p.multiple.has(v) && has(`(?<![\\d.])${escapeRe(v)}\\s*倍`)) pair.value.value = p.multiple.get(v)!;
          } else if (typeof v === 'string' && !KEEP_KEYS.has(k)) pair.value.value = text(v);
        } else walk(pair.value, k, own);
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        if (isScalar(item) && typeof item.value === 'string' && !KEEP_KEYS.has(key ?? '')) node.items[i] = doc.createNode(text(item.value));
        else walk(item, key, quote);
      }
    }
  };
  walk(doc.contents, undefined, undefined);
  const [zh, en] = PROVINCES[p.k % PROVINCES.length]!;
  doc.setIn(['region', 'province'], doc.createNode({ zh, en }));
  return `# Synthetic document for bench/scale.ts (made from a real one; not a real encoding)\n${doc.toString({ lineWidth: 0 })}`;
}

/** Writes the N − 5 synthetic folders under `content/policies` of `root`. */
function synthesize(root: string, n: number): void {
  const dir = join(root, 'content/policies');
  const reals = Object.keys(PLACES);
  const cache = new Map(reals.map((id) => [id, {
    rendering: readFileSync(join(dir, id, 'rendering.mdx'), 'utf8'),
    source: readFileSync(join(dir, id, 'source.txt'), 'utf8'),
    policy: readFileSync(join(dir, id, 'policy.yaml'), 'utf8'),
    reading: existsSync(join(dir, id, 'reading.yaml')) ? readFileSync(join(dir, id, 'reading.yaml'), 'utf8') : undefined,
    docNumber: /^docNumber:\s*(.+)$/m.exec(readFileSync(join(dir, id, 'policy.yaml'), 'utf8'))![1]!.trim(),
  }]));
  for (let k = 0; k < n - reals.length; k++) {
    const template = reals[k % reals.length]!;
    const t = cache.get(template)!;
    const pl = plan(k, template, t.rendering, t.docNumber);
    const text = retext(pl, template, t.docNumber);
    const out = join(dir, pl.id);
    mkdirSync(out, { recursive: true });
    const extraction = `synth_${String(k).padStart(5, '0')}.txt`;
    writeFileSync(join(out, 'rendering.mdx'), text(t.rendering).replace(/^extraction: .*$/m, `extraction: ${extraction}`));
    writeFileSync(join(out, 'source.txt'), text(t.source));
    writeFileSync(join(out, 'policy.yaml'), reencode(t.policy, pl, text));
    if (t.reading) writeFileSync(join(out, 'reading.yaml'), text(t.reading));
    writeFileSync(join(out, 'cases.yaml'), '# Synthetic document (bench/scale.ts): no hand-worked cases.\n[]\n');
  }
}

// ---------------------------------------------------------------- the copy

/** The repository's own files (tracked, or new and not ignored), copied; node_modules linked. */
function copyRepo(): string {
  const copy = mkdtempSync(join(tmpdir(), 'bangfu-scale-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(join(repo, f)));
  for (const f of files) {
    cpSync(join(repo, f), join(copy, f), { recursive: false, force: true });
  }
  // As in apps/site/test/sixth-document.test.ts: the third-party store is shared; each workspace
  // package's own node_modules (relative links into the workspace) is copied so that it points into the copy.
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
  for (const pkg of ['packages/sdk', 'packages/content', 'apps/site', 'bench']) {
    if (existsSync(join(repo, pkg, 'node_modules'))) cpSync(join(repo, pkg, 'node_modules'), join(copy, pkg, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  return copy;
}

// ---------------------------------------------------------------- measuring

interface Phase {
  phase: string;
  seconds: number;
  peakRssMiB: number;
  loadBefore: number;
  loadAfter: number;
  /** What the child said of itself (the search index: its shards and each one's peak). */
  detail?: string;
}

const env = { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

/** One child under GNU time: wall seconds and peak RSS (of the child and the children it waited for). */
function timed(phase: string, cwd: string, args: string[]): Phase {
  const loadBefore = loadavg()[0]!;
  const r = spawnSync(TIME, ['-f', '__TIME__ %e %M', NODE, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const loadAfter = loadavg()[0]!;
  const m = /__TIME__ ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) {
    process.stderr.write(`${phase} failed (status ${r.status}):\n${(r.stdout ?? '').slice(-4000)}\n${(r.stderr ?? '').slice(-4000)}\n`);
    throw new Error(`${phase} failed`);
  }
  const detail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').filter((l) => l.startsWith('search index:') || l.startsWith('bangfu build:')).join('\n') || undefined;
  return { phase, seconds: Number(m[1]), peakRssMiB: Number(m[2]) / 1024, loadBefore, loadAfter, detail };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Wall milliseconds of a child, start to exit. */
function wall(cwd: string, args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(NODE, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Route patterns of apps/site/src/pages → a matcher over dist paths; static routes win over dynamic ones. */
function routes(pagesDir: string): { route: string; re: RegExp; dynamic: number }[] {
  const list: { route: string; re: RegExp; dynamic: number }[] = [];
  for (const f of walk(pagesDir)) {
    const rel = relative(pagesDir, f).split(sep).join('/');
    if (rel.split('/').some((s) => s.startsWith('_'))) continue;
    let route: string;
    let pattern: string;
    const seg = (s: string) => s.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.');
    if (rel.endsWith('.astro')) {
      const base = rel.slice(0, -'.astro'.length);
      if (base === '404') {
        route = '/404.html';
        pattern = '404\\.html';
      } else {
        const path = base === 'index' ? '' : base.endsWith('/index') ? base.slice(0, -'/index'.length) : base;
        route = `/${path ? `${path}/` : ''}`;
        pattern = `${path ? `${seg(path)}/` : ''}index\\.html`;
      }
    } else if (/\.(ts|js)$/.test(rel)) {
      const base = rel.replace(/\.(ts|js)$/, '');
      route = `/${base}`;
      pattern = seg(base);
    } else continue;
    list.push({ route, re: new RegExp(`^${pattern}$`), dynamic: (route.match(/\[/g) ?? []).length });
  }
  // The whole-dataset downloads, written after astro build by scripts/datasets.ts (until issue 17 item 3,
  // endpoints under src/pages/data/): listed under the endpoints' names, so the tables go on as before.
  for (const [route, pattern] of [['/data/bangfu.json', 'data/bangfu\\.json'], ['/data/bangfu.xlsx', 'data/bangfu\\.xlsx'], ['/data/bangfu.zip', 'data/bangfu\\.zip'], ['/data/[area].csv', 'data/[^/]+\\.csv']] as const) {
    list.push({ route, re: new RegExp(`^${pattern}$`), dynamic: (route.match(/\[/g) ?? []).length });
  }
  return list.sort((a, b) => a.dynamic - b.dynamic || b.route.length - a.route.length);
}

interface Largest {
  path: string;
  bytes: number;
  gzip: number;
}
interface DistStats {
  files: number;
  bytes: number;
  htmlFiles: number;
  htmlBytes: number;
  htmlGzip: number;
  byRoute: { route: string; count: number; largest: Largest }[];
  largestFile: Largest;
  largestAsset: Largest; // _astro/ (JS, CSS) and the JSON the pages fetch
  /** largest: any file of dist/pagefind; largestIndex: of its index (meta, index chunks, fragments), not its scripts or WASM. */
  pagefind: { files: number; bytes: number; largest: Largest; largestIndex?: Largest; byLanguage?: Record<string, number> };
  /** The largest file of each kind a page's script fetches (apps/site/budgets.ts FETCHED_BUDGETS). */
  fetched: { label: string; count: number; largest?: Largest }[];
}

/** Bytes of the index files (every shard) per language: `…/index/en_4d6190c.pf_index`, `pagefind.zh-cn_15b9….pf_meta`. */
function byLanguage(pf: { rel: string; bytes: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of pf) {
    const m = /(?:^|\/)(?:pagefind\.)?([a-z]{2}(?:-[a-z]+)?|unknown)_[0-9a-f]+\.pf_[a-z]+$/.exec(f.rel);
    if (m) out[m[1]!] = (out[m[1]!] ?? 0) + f.bytes;
  }
  return out;
}

function distStats(site: string): DistStats {
  const dist = join(site, 'dist');
  const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length;
  const all = walk(dist).map((p) => ({ p, rel: relative(dist, p).split(sep).join('/'), bytes: statSync(p).size }));
  const rs = routes(join(site, 'src/pages'));
  const byRoute = new Map<string, { count: number; best?: { rel: string; bytes: number } }>();
  let htmlBytes = 0;
  let htmlGzip = 0;
  let htmlFiles = 0;
  for (const f of all) {
    if (f.rel.endsWith('.html')) {
      htmlFiles++;
      htmlBytes += f.bytes;
      htmlGzip += gz(f.p);
    }
    const r = rs.find((x) => x.re.test(f.rel));
    if (!r) continue;
    const e = byRoute.get(r.route) ?? { count: 0 };
    e.count++;
    if (!e.best || f.bytes > e.best.bytes) e.best = { rel: f.rel, bytes: f.bytes };
    byRoute.set(r.route, e);
  }
  const largest = (xs: typeof all): Largest => {
    const b = xs.reduce((m, x) => (x.bytes > m.bytes ? x : m), xs[0]!);
    return { path: `/${b.rel}`, bytes: b.bytes, gzip: gz(b.p) };
  };
  const pf = all.filter((f) => f.rel.startsWith('pagefind/'));
  const assets = all.filter((f) => !f.rel.startsWith('pagefind/') && /\.(js|css|json|wasm)$/.test(f.rel) && !f.rel.startsWith('data/'));
  return {
    files: all.length,
    bytes: all.reduce((s, f) => s + f.bytes, 0),
    htmlFiles,
    htmlBytes,
    htmlGzip,
    byRoute: rs.filter((r) => byRoute.has(r.route)).map((r) => {
      const e = byRoute.get(r.route)!;
      return { route: r.route, count: e.count, largest: { path: `/${e.best!.rel}`, bytes: e.best!.bytes, gzip: gz(join(dist, e.best!.rel)) } };
    }),
    largestFile: largest(all.filter((f) => !f.rel.startsWith('pagefind/'))),
    largestAsset: largest(assets),
    pagefind: { files: pf.length, bytes: pf.reduce((s, f) => s + f.bytes, 0), largest: largest(pf), largestIndex: largest(pf.filter((f) => /\.pf_(meta|index|fragment)$/.test(f.rel))), byLanguage: byLanguage(pf) },
    fetched: FETCHED_BUDGETS.map((b) => {
      const xs = all.filter((f) => b.pattern.test(`/${f.rel}`));
      // The largest by gzip, which is what the budget counts: every file of the kind is compressed once.
      const best = xs.map((x) => ({ path: `/${x.rel}`, bytes: x.bytes, gzip: gz(x.p) })).reduce<Largest | undefined>((m, x) => (!m || x.gzip > m.gzip ? x : m), undefined);
      return { label: b.label, count: xs.length, ...(best ? { largest: best } : {}) };
    }),
  };
}

interface Result {
  n: number;
  documents: number;
  provisions: number;
  date: string;
  phases: Phase[];
  /** Absent with --sdk-only (no site built). */
  dist?: DistStats;
  cli: { medianMs: number; nodeMedianMs: number; ratio: number; peakRssMiB: number; load: number };
  sdkLoad: { medianMs: number; load: number };
  /**
   * In fresh children, alternating, median of 7 each: the root import plus one document made usable
   * (`loadPolicy` where the root has it, else `getPolicy`) and one calculation; the one document's own
   * module (`@bangfu/sdk/policies/guzhang-2021`) with `@bangfu/sdk/calculators`; and, as the reference
   * the others are divided by, `@bangfu/sdk/calculators` alone (code only, no document).
   */
  oneDoc?: { rootMs: number; subpathMs: number; referenceMs: number; allMs?: number; load: number };
  /** Bytes of the modules the root loads whatever N is, where the tree has them (dist/generated/catalogue.js, loaders.js, ids.js). */
  rootData?: { catalogue: number; loaders: number; ids: number };
  /** The reference task's seconds, run just before the full site build (referenceSeconds); absent with --sdk-only. */
  referenceSeconds?: number;
  load: { start: number[]; end: number[] };
}

/**
 * The reference task a build's time is counted in (BUILD_BUDGETS.time): a fixed piece of the
 * work a build does — gzip (level 9) of 8 MiB of text made the same way every time, and a JSON round trip
 * of it — in a fresh Node child, median of 3, run just before the full build. Its seconds move with the
 * machine's speed and load as the build's do, so their ratio moves much less than either.
 */
function referenceSeconds(cwd: string): number {
  const code =
    "const z=require('node:zlib');let s='';for(let i=0;s.length<8*1024*1024;i++)s+='低保标准 '+(i*7919%100003)+' 元/人·月；';" +
    'const t=process.hrtime.bigint();z.gzipSync(Buffer.from(s),{level:9});JSON.parse(JSON.stringify(s.split("；")));' +
    'process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e9));';
  const runs = [0, 1, 2].map(() => Number(execFileSync(NODE, ['-e', code], { cwd, env, encoding: 'utf8' })));
  return median(runs);
}

/** The steps a site build reported (tools/build.ts --report: "bangfu build: step <name>: <s> s, <MiB> MiB peak"). */
function steps(p: Phase): { name: string; seconds: number; peakRssMiB: number }[] {
  return [...(p.detail ?? '').matchAll(/^bangfu build: step (.+): ([\d.]+) s, (\d+) MiB peak$/gm)].map((m) => ({ name: m[1]!, seconds: Number(m[2]), peakRssMiB: Number(m[3]) }));
}

/** A site build's steps as phases of their own: the astro batches together (time summed, the largest peak), each other step by its name. */
function stepPhases(p: Phase): Phase[] {
  const all = steps(p);
  const groups = new Map<string, typeof all>();
  for (const s of all) {
    const key = s.name.startsWith('astro build') ? 'astro build (all batches)' : s.name;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([phase, xs]) => ({
    phase: `  ${phase}`,
    seconds: xs.reduce((t, x) => t + x.seconds, 0),
    peakRssMiB: Math.max(...xs.map((x) => x.peakRssMiB)),
    loadBefore: p.loadBefore,
    loadAfter: p.loadAfter,
    ...(xs.length > 1 ? { detail: `${xs.length} processes: ${xs.map((x) => `${x.seconds.toFixed(1)} s / ${x.peakRssMiB} MiB`).join(', ')}` } : {}),
  }));
}

function runOne(n: number, keep: boolean, sdkOnly: boolean, batchDocs?: number): Result {
  const start = loadavg();
  const copy = copyRepo();
  process.stderr.write(`N=${n}: copy in ${copy}\n`);
  try {
    synthesize(copy, n);
    const sdk = join(copy, 'packages/sdk');
    const site = join(copy, 'apps/site');
    const phases: Phase[] = [];
    let reference: number | undefined;
    const step = (p: Phase) => {
      phases.push(p);
      process.stderr.write(`N=${n}: ${p.phase}: ${p.seconds.toFixed(1)} s, ${p.peakRssMiB.toFixed(0)} MiB peak (load ${p.loadBefore.toFixed(2)} → ${p.loadAfter.toFixed(2)})\n${p.detail ? `${p.detail}\n` : ''}`);
    };
    step(timed('SDK content compile', sdk, ['build/compile-content.ts']));
    step(timed('SDK tsc build', sdk, [join(sdk, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']));
    if (!sdkOnly) {
      const batch = batchDocs ? ['--batch-docs', String(batchDocs)] : [];
      reference = referenceSeconds(site);
      const full = timed('site build (tools/build.ts --full)', site, ['--disable-warning=ExperimentalWarning', 'tools/build.ts', '--full', '--report', ...batch]);
      step(full);
      for (const s of stepPhases(full)) step(s);
      // An incremental rebuild (apps/site/tools/build.ts, which recorded the full build above): one document changed
      // (a summary of its first provision) and the site built again: that document's pages and the pages that show any document.
      const changedDoc = 'yuzhong-2019';
      const yaml = join(copy, 'content/policies', changedDoc, 'policy.yaml');
      writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/(\n    summary:\n      zh: )([^\n]+)/, '$1$2（改）'));
      step(timed('SDK content compile, one document changed', sdk, ['build/compile-content.ts']));
      step(timed('incremental site build (tools/build.ts), one document changed', site, ['--disable-warning=ExperimentalWarning', 'tools/build.ts', '--report', ...batch]));
    }
    const ids = readFileSync(join(sdk, 'src/generated/ids.ts'), 'utf8');
    const documents = (/POLICY_IDS = \[([^\]]*)\]/.exec(ids)![1]!.match(/'/g) ?? []).length / 2;
    const provisions = JSON.parse(execFileSync(NODE, ['--disable-warning=ExperimentalWarning', 'packages/sdk/bin/bangfu.js', 'policies'], { cwd: copy, env, encoding: 'utf8', maxBuffer: 1 << 28 }) as string).reduce((s: number, p: { provisions: number }) => s + p.provisions, 0) as number;
    const dist = sdkOnly ? undefined : distStats(site);
    // CLI start for one household, alternating with `node -e 0`, median of 7 each (one warm-up of each first).
    const cliArgs = ['packages/sdk/bin/bangfu.js', 'calc', 'medical-aid', '--policy', 'guzhang-2021', '--input', '{"group":"dibao","care":"inpatient","selfPaid":"24000"}'];
    wall(copy, cliArgs);
    wall(copy, ['-e', '0']);
    const cliLoad = loadavg()[0]!;
    const cliMs: number[] = [];
    const nodeMs: number[] = [];
    for (let i = 0; i < 7; i++) {
      cliMs.push(wall(copy, cliArgs));
      nodeMs.push(wall(copy, ['-e', '0']));
    }
    const cliPeak = timed('CLI calc', copy, cliArgs).peakRssMiB;
    // SDK load: import('@bangfu/sdk') (the compiled dist/, as a user of the package gets it), timed inside a child.
    const probe = join(site, '.bench-sdk-load.mjs');
    writeFileSync(probe, "const t = performance.now(); await import('@bangfu/sdk'); process.stdout.write(String(performance.now() - t));\n");
    const sdkLoadLoad = loadavg()[0]!;
    const loadMs: number[] = [];
    for (let i = 0; i < 7; i++) loadMs.push(Number(execFileSync(NODE, [probe], { cwd: site, env, encoding: 'utf8' })));
    rmSync(probe);
    // One document: through the root, through its own subpath, and the reference (calculators alone), alternating.
    const input = '{ group: "dibao", care: "inpatient", selfPaid: "24000" }';
    const probes = {
      root: `const t = performance.now(); const sdk = await import('@bangfu/sdk'); const p = typeof sdk.loadPolicy === 'function' ? await sdk.loadPolicy('guzhang-2021') : sdk.getPolicy('guzhang-2021'); const r = sdk.calculate('medical-aid', p, ${input}); if (!r.ok) throw new Error('calc'); process.stdout.write(String(performance.now() - t));\n`,
      subpath: `const t = performance.now(); const [{ default: p }, c] = await Promise.all([import('@bangfu/sdk/policies/guzhang-2021'), import('@bangfu/sdk/calculators')]); const r = c.calculate('medical-aid', p, ${input}); if (!r.ok) throw new Error('calc'); process.stdout.write(String(performance.now() - t));\n`,
      reference: "const t = performance.now(); await import('@bangfu/sdk/calculators'); process.stdout.write(String(performance.now() - t));\n",
      // Every document, imported statically (the eager path; NaN in a tree without the subpath).
      all: "const t = performance.now(); try { const sdk = await import('@bangfu/sdk/all'); sdk.getPolicy('guzhang-2021'); process.stdout.write(String(performance.now() - t)); } catch { process.stdout.write('NaN'); }\n",
    };
    const files = Object.fromEntries(Object.entries(probes).map(([k, code]) => {
      const f = join(site, `.bench-one-${k}.mjs`);
      writeFileSync(f, code);
      return [k, f];
    })) as Record<keyof typeof probes, string>;
    const oneLoad = loadavg()[0]!;
    const one: Record<keyof typeof probes, number[]> = { root: [], subpath: [], reference: [], all: [] };
    for (let i = 0; i < 7; i++) for (const k of ['reference', 'root', 'subpath', 'all'] as const) one[k].push(Number(execFileSync(NODE, [files[k]], { cwd: site, env, encoding: 'utf8' })));
    const size = (f: string) => (existsSync(join(sdk, 'dist/generated', f)) ? statSync(join(sdk, 'dist/generated', f)).size : NaN);
    for (const f of Object.values(files)) rmSync(f);
    return {
      n,
      documents,
      provisions,
      date: new Date().toISOString(),
      phases,
      dist,
      cli: { medianMs: median(cliMs), nodeMedianMs: median(nodeMs), ratio: median(cliMs) / median(nodeMs), peakRssMiB: cliPeak, load: cliLoad },
      sdkLoad: { medianMs: median(loadMs), load: sdkLoadLoad },
      oneDoc: { rootMs: median(one.root), subpathMs: median(one.subpath), referenceMs: median(one.reference), ...(one.all.some(Number.isNaN) ? {} : { allMs: median(one.all) }), load: oneLoad },
      rootData: { catalogue: size('catalogue.js'), loaders: size('loaders.js'), ids: size('ids.js') },
      ...(reference !== undefined ? { referenceSeconds: reference } : {}),
      load: { start, end: loadavg() },
    };
  } finally {
    if (!keep) rmSync(copy, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

const kb = (b: number) => (b / 1024).toFixed(1);
const mb = (b: number) => (b / 1024 / 1024).toFixed(1);

function table(r: Result): string {
  const l = (x: number[]) => x.map((v) => v.toFixed(2)).join(' / ');
  const out: string[] = [];
  out.push(`### N = ${r.n} (${r.documents} documents, ${r.provisions} provisions; ${r.date}; load average at start ${l(r.load.start)}, at end ${l(r.load.end)})`, '');
  out.push('| phase | wall s | peak RSS MiB | load (1 min) before → after |', '| --- | --: | --: | --: |');
  for (const p of r.phases) out.push(`| ${p.phase} | ${p.seconds.toFixed(1)} | ${p.peakRssMiB.toFixed(0)} | ${p.loadBefore.toFixed(2)} → ${p.loadAfter.toFixed(2)} |`);
  for (const p of r.phases) if (p.detail) out.push('', ...p.detail.split('\n').map((l) => `    ${l}`));
  const total = r.phases.reduce((s, p) => s + p.seconds, 0);
  out.push(`| **all ${r.phases.length === 4 ? 'four' : r.phases.length}** | **${total.toFixed(1)}** | **${Math.max(...r.phases.map((p) => p.peakRssMiB)).toFixed(0)}** (max) | |`, '');
  const d = r.dist;
  out.push('| measure | value |', '| --- | --: |');
  const o = r.oneDoc;
  const sdkRows = [
    `| CLI \`calc medical-aid\`, one household: median of 7 / \`node -e 0\` / ratio / peak RSS | ${r.cli.medianMs.toFixed(0)} ms / ${r.cli.nodeMedianMs.toFixed(0)} ms / ${r.cli.ratio.toFixed(2)}× / ${r.cli.peakRssMiB.toFixed(0)} MiB (load ${r.cli.load.toFixed(2)}) |`,
    `| SDK load, \`import('@bangfu/sdk')\` in a child, median of 7 | ${r.sdkLoad.medianMs.toFixed(0)} ms (load ${r.sdkLoad.load.toFixed(2)}) |`,
    ...(o?.allMs !== undefined ? [`| \`import('@bangfu/sdk/all')\` and one document, median of 7 | ${o.allMs.toFixed(0)} ms, ${(o.allMs / o.referenceMs).toFixed(2)}× the reference |`] : []),
    ...(r.rootData && !Number.isNaN(r.rootData.catalogue) ? [`| what the root loads whatever N: catalogue / loaders / ids (dist, bytes) | ${r.rootData.catalogue} / ${r.rootData.loaders} / ${r.rootData.ids} |`] : []),
    ...(o ? [`| one document and one calculation, median of 7: root / subpath / reference (\`calculators\` alone) | ${o.rootMs.toFixed(0)} / ${o.subpathMs.toFixed(0)} / ${o.referenceMs.toFixed(0)} ms; root ${(o.rootMs / o.referenceMs).toFixed(2)}×, subpath ${(o.subpathMs / o.referenceMs).toFixed(2)}× the reference (load ${o.load.toFixed(2)}) |`] : []),
  ];
  if (!d) return [...out, ...sdkRows, ''].join('\n');
  // The build's budgets (apps/site/budgets.ts BUILD_BUDGETS): the largest process of the full build, and its time per
  // document in units of the reference task run beside it.
  const full = r.phases.find((p) => p.phase.startsWith('site build'));
  if (full && r.referenceSeconds) {
    const units = full.seconds / r.referenceSeconds;
    const allowed = BUILD_BUDGETS.time.fixed + BUILD_BUDGETS.time.perDocument * r.documents;
    out.push(`| build budget: largest process of the full build / BUILD_BUDGETS.peakMiB | ${full.peakRssMiB.toFixed(0)} / ${BUILD_BUDGETS.peakMiB} MiB ${full.peakRssMiB <= BUILD_BUDGETS.peakMiB ? 'ok' : '**OVER**'} |`);
    out.push(`| build budget: full build in reference tasks (${r.referenceSeconds.toFixed(2)} s each) / BUILD_BUDGETS.time (${BUILD_BUDGETS.time.fixed} + ${BUILD_BUDGETS.time.perDocument} × N) | ${units.toFixed(0)} / ${allowed} ${units <= allowed ? 'ok' : '**OVER**'} |`);
  }
  out.push(`| dist: files / total | ${d.files} / ${mb(d.bytes)} MB |`);
  out.push(`| HTML: pages / bytes / gzip (level 9, per file, summed) | ${d.htmlFiles} / ${mb(d.htmlBytes)} MB / ${mb(d.htmlGzip)} MB |`);
  out.push(`| Pagefind index (dist/pagefind): files / bytes | ${d.pagefind.files} / ${mb(d.pagefind.bytes)} MB (largest \`${d.pagefind.largest.path}\` ${kb(d.pagefind.largest.bytes)} KB${d.pagefind.largestIndex ? `; largest index file \`${d.pagefind.largestIndex.path}\` ${kb(d.pagefind.largestIndex.bytes)} KB` : ''}) |`);
  if (d.pagefind.byLanguage) out.push(`| Pagefind index files by language (all shards) | ${Object.entries(d.pagefind.byLanguage).map(([l, b]) => `${l} ${mb(b)} MB`).join(', ')} |`);
  out.push(`| largest file (outside pagefind/) | \`${d.largestFile.path}\` ${kb(d.largestFile.bytes)} KB (${kb(d.largestFile.gzip)} KB gzip) |`);
  out.push(`| largest script/style/JSON asset | \`${d.largestAsset.path}\` ${kb(d.largestAsset.bytes)} KB (${kb(d.largestAsset.gzip)} KB gzip) |`);
  out.push(...sdkRows, '');
  out.push('| route (page type) | files | largest | bytes | gzip | budget (gzip, apps/site/budgets.ts) |', '| --- | --: | --- | --: | --: | --- |');
  for (const x of d.byRoute) {
    // Budgets are for HTML pages; downloads (the whole dataset) and fetched files are listed apart.
    const budget = x.route.endsWith('/') || x.route.endsWith('.html') ? pageBudget(x.route) : undefined;
    out.push(`| \`${x.route}\` | ${x.count} | \`${x.largest.path}\` | ${x.largest.bytes} | ${x.largest.gzip} | ${budget === undefined ? '—' : `${budget} ${x.largest.gzip <= budget ? 'ok' : '**OVER**'}`} |`);
  }
  out.push('', '| fetched by a page\'s script | files | largest (gzip) | bytes | gzip | budget |', '| --- | --: | --- | --: | --: | --- |');
  for (const f of d.fetched) {
    const b = FETCHED_BUDGETS.find((x) => x.label === f.label)!.gzip;
    out.push(`| \`${f.label}\` | ${f.count} | ${f.largest ? `\`${f.largest.path}\`` : '—'} | ${f.largest?.bytes ?? '—'} | ${f.largest?.gzip ?? '—'} | ${b} ${!f.largest || f.largest.gzip <= b ? 'ok' : '**OVER**'} |`);
  }
  const over = [...d.byRoute.filter((x) => (x.route.endsWith('/') || x.route.endsWith('.html')) && x.largest.gzip > (pageBudget(x.route) ?? Infinity)).map((x) => x.route), ...d.fetched.filter((f) => f.largest && f.largest.gzip > FETCHED_BUDGETS.find((x) => x.label === f.label)!.gzip).map((f) => f.label)];
  out.push('', over.length ? `**Over budget at N = ${r.n}: ${over.join(', ')}**` : `Every page type and fetched file within its budget at N = ${r.n}.`);
  return out.join('\n');
}

/**
 * Straight-line extrapolation to `target` documents through the two largest measured N (marked as
 * such wherever it is quoted), and, as a test of linearity, the cost per added document between the
 * first two and the last two points: a ratio well above 1 means the figure grows faster than linearly.
 */
function extrapolate(results: Result[], target: number): string {
  const rs = [...results].sort((a, b) => a.documents - b.documents);
  if (rs.length < 2) return '';
  const metrics: [string, (r: Result) => number, (v: number) => string][] = [
    ...rs[0]!.phases.map((p, i): [string, (r: Result) => number, (v: number) => string] => [`${p.phase}: wall s`, (r) => r.phases[i]!.seconds, (v) => v.toFixed(1)]),
    ...rs[0]!.phases.map((p, i): [string, (r: Result) => number, (v: number) => string] => [`${p.phase}: peak RSS MiB`, (r) => r.phases[i]!.peakRssMiB, (v) => v.toFixed(0)]),
    ['all phases: wall s', (r) => r.phases.reduce((s, p) => s + p.seconds, 0), (v) => v.toFixed(1)],
    ...(rs.every((r) => r.dist) ? distMetrics(rs) : []),
    ['CLI calc ms (median)', (r) => r.cli.medianMs, (v) => v.toFixed(0)],
    ['CLI / node -e 0', (r) => r.cli.ratio, (v) => v.toFixed(2)],
    ['SDK load ms (median)', (r) => r.sdkLoad.medianMs, (v) => v.toFixed(0)],
    ...(rs.every((r) => r.oneDoc) ? oneDocMetrics : []),
  ];
  return extrapolationTable(rs, metrics, target);
}

type Metric = [string, (r: Result) => number, (v: number) => string];
const oneDocMetrics: Metric[] = [
  ['one document via the root ms (median)', (r) => r.oneDoc!.rootMs, (v) => v.toFixed(0)],
  ['one document via the root / reference', (r) => r.oneDoc!.rootMs / r.oneDoc!.referenceMs, (v) => v.toFixed(2)],
  ['one document via its subpath / reference', (r) => r.oneDoc!.subpathMs / r.oneDoc!.referenceMs, (v) => v.toFixed(2)],
  ['`@bangfu/sdk/all` ms (median)', (r) => r.oneDoc!.allMs ?? NaN, (v) => v.toFixed(0)],
  ['catalogue.js bytes', (r) => r.rootData?.catalogue ?? NaN, (v) => v.toFixed(0)],
];
function distMetrics(rs: Result[]): Metric[] {
  return [
    ['dist total MB', (r) => r.dist!.bytes / 2 ** 20, (v) => v.toFixed(0)],
    ['HTML gzip MB', (r) => r.dist!.htmlGzip / 2 ** 20, (v) => v.toFixed(0)],
    ['Pagefind index MB', (r) => r.dist!.pagefind.bytes / 2 ** 20, (v) => v.toFixed(1)],
    ['Pagefind index files, zh-cn MB', (r) => (r.dist!.pagefind.byLanguage?.['zh-cn'] ?? NaN) / 2 ** 20, (v) => v.toFixed(1)],
    ['Pagefind index files, en MB', (r) => (r.dist!.pagefind.byLanguage?.en ?? NaN) / 2 ** 20, (v) => v.toFixed(1)],
    ['largest Pagefind index file KB', (r) => (r.dist!.pagefind.largestIndex?.bytes ?? NaN) / 1024, (v) => v.toFixed(1)],
    ['largest file KB', (r) => r.dist!.largestFile.bytes / 1024, (v) => v.toFixed(0)],
    ...rs[0]!.dist!.byRoute.map((x): Metric => [`largest \`${x.route}\` KB`, (r) => (r.dist!.byRoute.find((y) => y.route === x.route)?.largest.bytes ?? NaN) / 1024, (v) => v.toFixed(1)]),
  ];
}

function extrapolationTable(rs: Result[], metrics: Metric[], target: number): string {
  const a = rs.at(-2)!;
  const b = rs.at(-1)!;
  const out = [`| figure | ${rs.map((r) => `N=${r.documents}`).join(' | ')} | per doc, first interval | per doc, last interval | last / first | **N=${target} (extrapolated)** |`, `| --- | ${rs.map(() => '--:').join(' | ')} | --: | --: | --: | --: |`];
  for (const [name, f, fmt] of metrics) {
    const v = rs.map(f);
    const first = (v[1]! - v[0]!) / (rs[1]!.documents - rs[0]!.documents);
    const last = (f(b) - f(a)) / (b.documents - a.documents);
    const at = f(b) + last * (target - b.documents);
    const ratio = Math.abs(first) > 1e-9 ? (last / first).toFixed(2) : '—';
    out.push(`| ${name} | ${v.map(fmt).join(' | ')} | ${first.toFixed(3)} | ${last.toFixed(3)} | ${ratio} | ${fmt(at)} |`);
  }
  return out.join('\n');
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '5,50,250' }, keep: { type: 'boolean', default: false }, json: { type: 'string' }, 'synthesize-only': { type: 'string' }, extrapolate: { type: 'string' }, target: { type: 'string', default: '2800' }, 'sdk-only': { type: 'boolean', default: false }, 'batch-docs': { type: 'string' } } });
if (values.extrapolate) {
  // Re-print the extrapolation from the JSON files of earlier runs: --extrapolate a.json,b.json
  const all = values.extrapolate.split(',').flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as Result[]);
  process.stdout.write(`${extrapolate(all, Number(values.target))}\n`);
  process.exit(0);
}
if (values['synthesize-only']) {
  // A copy with N documents and nothing built, kept for inspection (e.g. to run the SDK's tests on it).
  const copy = copyRepo();
  synthesize(copy, Number(values['synthesize-only']));
  process.stdout.write(`${copy}\n`);
  process.exit(0);
}
const ns = values.n!.split(',').map(Number);
if (ns.some((n) => !Number.isInteger(n) || n < 5)) throw new Error('--n takes whole numbers ≥ 5, e.g. 5,50,250');
process.stdout.write(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; ${new Date().toISOString()}\n\n`);
const results: Result[] = [];
for (const n of ns) {
  const r = runOne(n, values.keep!, values['sdk-only']!, values['batch-docs'] ? Number(values['batch-docs']) : undefined);
  results.push(r);
  process.stdout.write(`${table(r)}\n\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
}
if (results.length > 1) process.stdout.write(`Extrapolated to ${values.target} documents (a straight line through the two largest N):\n\n${extrapolate(results, Number(values.target))}\n\n`);
process.stdout.write(`\`\`\`json\n${JSON.stringify(results)}\n\`\`\`\n`);
