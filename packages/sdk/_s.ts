import { compareAll, compareStats } from './src/compare/index.ts';
const all = compareAll();
console.log(JSON.stringify(compareStats(all)));
for (const t of all) {
  console.log(`\n## ${t.area} rows=${t.rows.length}`);
  for (const r of t.rows) console.log(`${r.id.padEnd(40)} ${r.cells.map(c=>c.status.slice(0,5)+'('+c.entries.length+')').join(' ')}`);
}
