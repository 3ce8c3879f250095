// Fails when src/gql/ is not what `npm run codegen` would generate from ../api/schema.graphql now.
import { execSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const tmp = mkdtempSync(join(tmpdir(), "admin-codegen-"));
try {
  execSync("npx graphql-codegen --config codegen.ts --silent", {
    stdio: "inherit",
    env: { ...process.env, CODEGEN_OUT: tmp + "/" },
  });
  const committed = "src/gql";
  const names = new Set([...readdirSync(tmp), ...(existsSync(committed) ? readdirSync(committed) : [])]);
  const stale = [];
  for (const name of names) {
    const a = join(tmp, name);
    const b = join(committed, name);
    if (!existsSync(a) || !existsSync(b) || readFileSync(a, "utf8") !== readFileSync(b, "utf8")) stale.push(name);
  }
  if (stale.length) {
    console.error(`Generated GraphQL types are stale (${stale.join(", ")}): run \`npm run codegen\` in admin_spa/.`);
    process.exit(1);
  }
  console.log("codegen:check: generated types are current.");
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
