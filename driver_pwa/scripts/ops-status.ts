// Which operations in src/graphql/pending.ts the current ../api/schema.graphql can serve.
// `npm run ops:status` — prints READY / MISSING per operation with the first validation error.
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { PENDING_OPERATIONS } from "../src/graphql/pending";

const schema = buildSchema(readFileSync("../api/schema.graphql", "utf8"));
let missing = 0;
for (const [name, doc] of Object.entries(PENDING_OPERATIONS)) {
  const errors = validate(schema, parse(doc));
  if (errors.length) missing++;
  console.log(`${errors.length ? "MISSING" : "READY  "} ${name}${errors.length ? `  — ${errors[0].message}` : ""}`);
}
console.log(`\n${Object.keys(PENDING_OPERATIONS).length - missing} ready, ${missing} missing`);
