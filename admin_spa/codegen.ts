import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations: every `graphql(...)` call under src/ (the documents live in src/ops/), validated
// against ../api/schema.graphql. CODEGEN_OUT lets codegen:check generate into a temporary directory
// and compare.
const out = process.env.CODEGEN_OUT ?? "src/gql/";

const config: CodegenConfig = {
  schema: "../api/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", Date: "string", Decimal: "string", JSON: "unknown", UUID: "string" },
      },
    },
  },
};
export default config;
