// Write TypeScript programs that type each valid fixture as an `Article`
// (step c of run.sh), for `tsc --strict --noEmit` to check against the types
// json-schema-to-typescript generated.
//
// A JSON module import would widen every string literal to `string`, which
// is not assignable to the enum unions, so each fixture's JSON text is pasted
// verbatim as an object literal instead: `export const example: Article = {...};`
// The compiler then checks every enum value, every required field and (as
// object-literal excess property checks) every field name.
//
// Also writes bad/bad_enum.ts: the main example with "kind": "bilateral"
// changed to "bilateralx", which the compiler must refuse.
//
// Usage: node write_ts_examples.mjs OUT_DIR TYPES_MODULE MAIN_FIXTURE FIXTURE...
// (TYPES_MODULE: the generated .d.ts path relative to OUT_DIR, without extension)

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const [outDir, typesModule, mainFixture, ...fixtures] = process.argv.slice(2);
if (!outDir || !typesModule || !mainFixture) {
  console.error("usage: write_ts_examples.mjs OUT_DIR TYPES_MODULE MAIN_FIXTURE FIXTURE...");
  process.exit(2);
}

const program = (importFrom, jsonText) =>
  `import type { Article } from ${JSON.stringify(importFrom)};\n\n` +
  `export const example: Article = ${jsonText.trimEnd()};\n`;

rmSync(join(outDir, "good"), { recursive: true, force: true });
rmSync(join(outDir, "bad"), { recursive: true, force: true });
mkdirSync(join(outDir, "good"), { recursive: true });
mkdirSync(join(outDir, "bad"), { recursive: true });

const written = [];
for (const fixture of [mainFixture, ...fixtures.filter((f) => f !== mainFixture)]) {
  const text = readFileSync(fixture, "utf8");
  JSON.parse(text); // a fixture that is not JSON is a failure of its own
  const file = join(outDir, "good", basename(fixture, ".json") + ".ts");
  writeFileSync(file, program(`../${typesModule}`, text));
  written.push(file);
}

const mainText = readFileSync(mainFixture, "utf8");
const from = '"kind": "bilateral"';
const to = '"kind": "bilateralx"';
if (!mainText.includes(from)) {
  console.error(`${mainFixture} has no ${from} to break: the negative check needs a new target`);
  process.exit(1);
}
writeFileSync(join(outDir, "bad", "bad_enum.ts"), program(`../${typesModule}`, mainText.replace(from, to)));

console.log(`  wrote ${written.length} programs typing the valid fixtures as Article, and bad/bad_enum.ts`);
