// Fails when src/gql/ is stale against ../api/schema.graphql and src/graphql/ready/.
import { readFileSync, existsSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const { default: config } = await import(pathToFileURL(resolve("codegen.ts")).href).catch(async () => {
  // Node cannot import .ts directly: read it through the same loader codegen uses.
  const require = createRequire(import.meta.url);
  const { loadCodegenConfig } = require("@graphql-codegen/cli");
  const loaded = await loadCodegenConfig({ configFilePath: "codegen.ts" });
  return { default: loaded.config };
});
const outputs = await generate({ ...config, silent: true, cwd: process.cwd() }, false);
let stale = 0;
for (const out of outputs) {
  const current = existsSync(out.filename) ? readFileSync(out.filename, "utf8") : null;
  if (current !== out.content) {
    console.error(`stale: ${out.filename} (run \`npm run codegen\`)`);
    stale++;
  }
}
if (stale) process.exit(1);
console.log("generated GraphQL types are current");
