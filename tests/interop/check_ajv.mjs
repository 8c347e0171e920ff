// Check the exported schemas with Ajv (step d of run.sh).
//
// - Ajv2020 (with ajv-formats) compiles schemas/article.schema.json, and the
//   draft-07 Ajv class compiles schemas/draft-07/article.schema.json, both in
//   strict mode with any strict-mode warning treated as a failure.
// - Both accept every valid fixture.
// - Both reject a document with an unknown field, and one whose date-time has
//   day is 30 February (format checking is on), so that the check can fail.
// - Ajv2020 must reject every document of the invalid corpus whose code is
//   in schema_codes.json; the others are counted. The corpus is the list of
//   documents of tests/fixtures/invalid that are strict JSON, written by
//   check_jsonschema.py (run first), so both validators see the same set.
//
// Documents on which Ajv and Python jsonschema disagree are printed as notes.
//
// Usage: node check_ajv.mjs ROOT INVALID_CORPUS_JSON

import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import addFormats from "ajv-formats";

const [root, corpusPath] = process.argv.slice(2);
const here = fileURLToPath(new URL(".", import.meta.url));
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.log(`  FAIL ${msg}`);
};
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

// Ajv logs strict-mode problems (e.g. strictTypes) as warnings; collect them.
const warnings = [];
const logger = {
  log: console.log,
  warn: (...args) => warnings.push(args.join(" ")),
  error: (...args) => warnings.push(args.join(" ")),
};

function compile(AjvClass, schemaFile, label) {
  const ajv = new AjvClass({ strict: true, allErrors: true, logger });
  addFormats(ajv);
  try {
    return ajv.compile(readJson(join(root, schemaFile)));
  } catch (e) {
    fail(`${label}: ${schemaFile} does not compile: ${e.message}`);
    return null;
  }
}

const validators = [
  ["Ajv2020", compile(Ajv2020.default ?? Ajv2020, "schemas/article.schema.json", "Ajv2020")],
  ["Ajv draft-07", compile(Ajv07.default ?? Ajv07, "schemas/draft-07/article.schema.json", "Ajv draft-07")],
];
for (const w of warnings) fail(`Ajv strict-mode warning while compiling: ${w}`);

const errorText = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");

const validDir = join(root, "tests/fixtures/valid");
const valid = readdirSync(validDir).filter((f) => f.endsWith(".json")).sort();
if (valid.length === 0) fail(`no valid fixtures in ${validDir}`);
for (const [label, validate] of validators) {
  if (!validate) continue;
  for (const file of valid) {
    const doc = readJson(join(validDir, file));
    if (!validate(doc)) fail(`${label} rejects ${file}: ${errorText(validate.errors)}`);
  }
  const example = readJson(join(validDir, "december_2023_meeting.json"));
  const unknown = { ...example, surprise: true };
  if (validate(unknown)) fail(`${label} accepts a document with an unknown root field`);
  else if (!validate.errors.some((e) => e.keyword === "additionalProperties"))
    fail(`${label} rejects the unknown field for another reason: ${errorText(validate.errors)}`);
  const badTime = { ...example, published: "2023-02-30T10:30:00+05:00" };
  if (validate(badTime)) fail(`${label} accepts "published": "2023-02-30T10:30:00+05:00" (format checking off?)`);
  if (failures.length === 0)
    console.log(`  ${label}: ${valid.length} valid fixtures accepted; unknown field and 30-February date-time rejected`);
}

const version = (pkg) => readJson(join(here, "node_modules", pkg, "package.json")).version;
let summary =
  `d. ajv ${version("ajv")} + ajv-formats ${version("ajv-formats")} (Ajv2020 and draft-07 Ajv, strict): ` +
  `${valid.length}/${valid.length} valid fixtures accepted, unknown field and bad date-time rejected`;

const [, validate2020] = validators[0];
if (!corpusPath || !existsSync(corpusPath)) {
  fail(`the invalid corpus written by check_jsonschema.py (${corpusPath}) is missing`);
} else if (validate2020) {
  const corpus = readJson(corpusPath);
  const asserted = new Set(readJson(join(here, "schema_codes.json")).asserted);
  let total = 0;
  let rejected = 0;
  const counted = {};
  const disagreements = [];
  for (const entry of corpus) {
    const ok = validate2020(entry.document);
    if (ok === entry.jsonschema_rejects)
      disagreements.push(`${entry.file} (${entry.code}): Ajv ${ok ? "accepts" : "rejects"}, Python jsonschema ${ok ? "rejects" : "accepts"}`);
    if (asserted.has(entry.code)) {
      total += 1;
      if (ok) fail(`Ajv2020 accepts ${entry.file} (${entry.code} at ${entry.path || "(root)"})`);
      else rejected += 1;
    } else {
      const c = (counted[entry.code] ??= [0, 0]);
      c[1] += 1;
      if (!ok) c[0] += 1;
    }
  }
  if (corpus.length > 0) {
    const other = Object.values(counted).reduce((a, [r, n]) => [a[0] + r, a[1] + n], [0, 0]);
    console.log(
      `  Ajv2020 on the invalid corpus: schema-expressible codes ${rejected}/${total} rejected (asserted); ` +
        `other codes ${other[0]}/${other[1]} also rejected (not asserted)`,
    );
    for (const d of disagreements) console.log(`  note: the validators disagree on ${d}`);
    summary += `; invalid corpus: ${rejected}/${total} schema-expressible rejected, ${other[0]}/${other[1]} of the other codes also rejected`;
  }
}
if (failures.length === 0 && process.env.INTEROP_SUMMARY) appendFileSync(process.env.INTEROP_SUMMARY, summary + "\n");

if (failures.length > 0) {
  console.error(`ajv: ${failures.length} failure(s)`);
  process.exit(1);
}
