import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the exported schema. Only documents under src/graphql/ready are typed here:
// operations the backend does not provide yet live in src/graphql/pending.ts (see README.md).
const config: CodegenConfig = {
  overwrite: true,
  schema: "../api/schema.graphql",
  documents: ["src/graphql/ready/**/*.graphql"],
  generates: {
    "src/gql/graphql.ts": {
      plugins: ["typescript", "typescript-operations", "typed-document-node"],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false },
        scalars: { DateTime: "string", Decimal: "string", JSON: "unknown" },
        useTypeImports: true,
      },
    },
  },
  hooks: {},
};
export default config;
