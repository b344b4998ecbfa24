/**
 * `pnpm reading [<id>…]`: re-cut each document's reading log (content/policies/<id>/reading.yaml) to
 * the sentences of its rendering, keeping what the log already says about each sentence, and print
 * how much is accounted for. `--check` writes nothing and exits 1 where a log is incomplete or stale.
 * `--suggest` also prints, for each sentence not yet accounted for, the provisions of policy.yaml whose
 * quote touches it (for reconciling after the independent reading, never instead of it).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { documentFile, listDocuments, readRendering } from './index.ts';
import { clauseNests, quoteTouches, READING_MARKS, readingCoverage, readReading, syncReading, writeReading } from './reading.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const suggest = args.includes('--suggest');
const ids = args.filter((a) => !a.startsWith('--'));
const known = listDocuments();
const unknown = ids.filter((id) => !known.includes(id));
if (unknown.length) {
  process.stderr.write(`unknown document ${unknown.join(', ')} (documents: ${known.join(', ')})\n`);
  process.exit(2);
}
let incomplete = 0;
for (const id of ids.length ? ids : known) {
  const rendering = readRendering(id);
  let old;
  try {
    old = readReading(id);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const log = check ? old : syncReading(rendering, old);
  if (!check && log) writeReading(id, log);
  const c = readingCoverage(rendering, log);
  const accounted = c.sentences - c.unaccounted.length;
  const marks = Object.entries(c.marked).map(([k, n]) => `${k} ${n}`).join(', ');
  process.stdout.write(`${id}: ${accounted}/${c.sentences} sentences accounted for (${c.normative} → ${c.provisions} provisions; ${marks || 'none marked'})${c.stale.length ? `; ${c.stale.length} stale entries` : ''}\n`);
  if (c.unaccounted.length || c.stale.length) incomplete++;
  if (check) for (const s of c.unaccounted.slice(0, 20)) process.stdout.write(`  unaccounted ${s.clause}: ${s.text.slice(0, 60)}\n`);
  if (suggest) {
    const provisions = ((parseYaml(readFileSync(documentFile(id, 'encoding'), 'utf8')) as { provisions?: { id: string; clause: string; quote: string }[] }).provisions ?? []);
    log!.sentences.forEach((e, i) => {
      if (e.provisions || e.not) return;
      const hits = provisions.filter((p) => clauseNests(p.clause, e.clause) && quoteTouches(p.quote, e.text)).map((p) => p.id);
      process.stdout.write(`  [${i}] ${e.clause}: ${e.text.slice(0, 50)}${hits.length ? `\n      → ${hits.join(', ')}` : ''}\n`);
    });
  }
}
if (!check) process.stdout.write(`marks: ${Object.keys(READING_MARKS).join(', ')}\n`);
process.exit(check && incomplete ? 1 : 0);
