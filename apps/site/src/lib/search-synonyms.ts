/**
 * What people type, and what the documents say: the search page's table of synonyms, common variants
 * and misspellings, and the reading of a query into terms (see `understand`). Data and pure functions
 * only (no SDK import): it is bundled into the search page's script.
 *
 * Why the search page reads the query itself: Pagefind segments a Chinese query with the browser's
 * word segmenter, which splits 会宁 into 会 / 宁 and 低保 into 低 / 保, while the index holds the words
 * 会宁 and 低保; a page then only matches if it also has a word beginning with 宁 or 保. So each term
 * found here is searched as an exact phrase (recall: every page containing it, nothing else), and
 * Pagefind's own ranked search of the same term supplies the score (see the search page).
 */

/**
 * Words that mean the same thing in these documents. Searching any of them searches all of them.
 * The first is the one the documents use most. A word that contains another of its group (特困人员
 * contains 特困) needs no entry of its own: the shorter one already finds it.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  // 最低生活保障 is the full name (社会救助暂行办法 第二章); the local documents write 低保.
  ['低保', '最低生活保障'],
  // 特困人员供养 (暂行办法 第三章); the documents write 特困人员, 特困供养, 特困对象.
  ['特困', '特困供养', '特困人员'],
  ['残疾人', '残疾'],
  // 古丈 §2（二）defines 低收入家庭 as 低保边缘家庭.
  ['低收入家庭', '低保边缘家庭'],
  // 起付标准 is the national wording of 起付线.
  ['起付线', '起付标准'],
  ['户籍', '户口'],
  ['医保', '医疗保险'],
  ['大病保险', '大病医保'],
  ['教育救助', '教育资助', '助学'],
  ['困难职工', '特殊困难职工'],
];

/**
 * One-way corrections: misspellings, abbreviations and everyday words → the documents' term. The
 * search page says which term it searched instead ("已按“起付线”检索").
 */
export const VARIANTS: Readonly<Record<string, string>> = {
  起付钱: '起付线',
  起伏线: '起付线',
  起付限: '起付线',
  门槛费: '起付线',
  低报: '低保',
  底保: '低保',
  低保户: '低保',
  临救: '临时救助',
  临时求助: '临时救助',
  医救: '医疗救助',
  医疗求助: '医疗救助',
  五保: '特困',
  五保户: '特困',
  特困户: '特困',
  残废: '残疾',
  封顶线: '限额',
  封顶: '限额',
  租房补贴: '租赁补贴',
  房租补贴: '租赁补贴',
};

/**
 * Words that name an area of the documents (the 领域 filter, labels as in the SDK's AREAS): such a term
 * also finds that area's rules that do not repeat the word (会宁's 医疗救助 rules say 救助 and 住院).
 */
export const AREA_WORDS: Readonly<Record<string, string>> = {
  医疗救助: '医疗救助',
  临时救助: '临时救助',
  特困: '特困供养',
  特困供养: '特困供养',
  特困人员: '特困供养',
  残疾人: '残疾人',
  残疾: '残疾人',
  教育救助: '教育帮扶',
  教育帮扶: '教育帮扶',
  住房帮扶: '住房帮扶',
  住房救助: '住房帮扶',
  就业帮扶: '就业帮扶',
  就业救助: '就业帮扶',
};

/** A place the reader can name: the words for it and the value of the search's 文件 filter. */
export interface Place {
  names: string[];
  filter: string;
}

/**
 * The file of the search's place names (`/data/search-places/<lang>/<key>.json`) a name is in: its first
 * character's code point in hex (Chinese), or its first letter (English, lower case; `_` for anything else).
 */
export function placeKey(lang: 'zh' | 'en', name: string): string {
  const first = [...name][0] ?? '';
  if (lang === 'zh') return (first.codePointAt(0) ?? 0).toString(16);
  return /^[a-z]$/.test(first) ? first : '_';
}

/** The names of a place from its short name: 会宁县 → 会宁县, 会宁; 渝中区 → 渝中区, 渝中. */
export function placeNames(shortName: string): string[] {
  const bare = shortName.replace(/[县区市]$/, '');
  return bare !== shortName && bare.length >= 2 ? [shortName, bare] : [shortName];
}

export interface Term {
  /** What the reader typed for this term. */
  typed: string;
  /** The term searched (the documents' word when `typed` is a variant). */
  term: string;
  /** Every phrase searched for it: the term and its synonyms. */
  phrases: string[];
  /** The area (领域 filter value) the term names, whose rules are found too. */
  area?: string;
}

export interface Reading {
  terms: Term[];
  /** The filter value of a place named in the query, if one was. */
  place?: string;
  /** The name of that place as typed. */
  placeTyped?: string;
  /** Variants replaced by the documents' term. */
  corrections: { from: string; to: string }[];
}

const CJK = /[\u3400-\u9fff]/;

function groupOf(word: string): readonly string[] | undefined {
  return SYNONYMS.find((g) => g.includes(word));
}

/** The phrases a term is searched by: itself and its synonyms, without those containing another. */
export function phrasesOf(term: string): string[] {
  const all = [term, ...(groupOf(term) ?? []).filter((w) => w !== term)];
  return all.filter((w) => !all.some((o) => o !== w && w.includes(o)));
}

/**
 * Read a query: split it at spaces, then each run of Chinese into the longest known words (synonyms,
 * variants, place names); what is left between known words is a term of its own. A place name becomes
 * the place filter, not a term (unless it is all there is).
 */
export function understand(query: string, places: readonly Place[]): Reading {
  const known = new Map<string, { kind: 'word' } | { kind: 'variant'; to: string } | { kind: 'place'; filter: string }>();
  for (const g of SYNONYMS) for (const w of g) known.set(w, { kind: 'word' });
  for (const w of Object.keys(AREA_WORDS)) known.set(w, { kind: 'word' });
  for (const [from, to] of Object.entries(VARIANTS)) known.set(from, { kind: 'variant', to });
  for (const p of places) for (const n of p.names) known.set(n, { kind: 'place', filter: p.filter });
  const longest = Math.max(...[...known.keys()].map((k) => k.length));

  const reading: Reading = { terms: [], corrections: [] };
  const placeTerms: Term[] = [];
  const push = (typed: string, term = typed): void => {
    if (!term || reading.terms.some((t) => t.term === term)) return;
    const area = AREA_WORDS[term];
    reading.terms.push({ typed, term, phrases: phrasesOf(term), ...(area ? { area } : {}) });
  };
  for (const chunk of query.replace(/["“”'‘’]/g, ' ').split(/[\s，,、；;。]+/).filter(Boolean)) {
    if (!CJK.test(chunk)) {
      push(chunk);
      continue;
    }
    let rest = '';
    let i = 0;
    while (i < chunk.length) {
      let hit: string | undefined;
      for (let n = Math.min(longest, chunk.length - i); n >= 2; n--) {
        if (known.has(chunk.slice(i, i + n))) {
          hit = chunk.slice(i, i + n);
          break;
        }
      }
      if (!hit) {
        rest += chunk[i];
        i += 1;
        continue;
      }
      push(rest);
      rest = '';
      const k = known.get(hit)!;
      if (k.kind === 'word') push(hit);
      else if (k.kind === 'variant') {
        reading.corrections.push({ from: hit, to: k.to });
        push(hit, k.to);
      } else if (!reading.place) {
        reading.place = k.filter;
        reading.placeTyped = hit;
        placeTerms.push({ typed: hit, term: hit, phrases: places.find((p) => p.filter === k.filter)!.names });
      }
      i += hit.length;
    }
    push(rest);
  }
  // A place alone is searched as words: "渝中" finds the pages that name 渝中.
  if (reading.terms.length === 0 && placeTerms.length) {
    reading.terms = placeTerms;
    delete reading.place;
    delete reading.placeTyped;
  }
  return reading;
}

/** Terms to offer when nothing was found: the documents' words that share a character with the query. */
export function suggestions(query: string, max = 5): string[] {
  const chars = new Set([...query].filter((c) => CJK.test(c)));
  const words = [...new Set([...SYNONYMS.map((g) => g[0]!), ...Object.values(VARIANTS), '医疗救助', '临时救助', '住院', '门诊'])];
  return words.filter((w) => [...w].some((c) => chars.has(c)) && w !== query).slice(0, max);
}
