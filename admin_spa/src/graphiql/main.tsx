import React from "react";
import ReactDOM from "react-dom/client";
import { GraphiQL } from "graphiql";
import "graphiql/graphiql.css";
import "./graphiql-page.css";
import { AUTH_HEADER, createFetcher } from "./fetcher";
import { GRAPHIQL_KEY } from "../lib/graphiqlKey";

// GraphiQL on /graphql, built from the graphiql package with the console: nothing is loaded from
// another host. The headers editor starts open with the API-key header; a key chosen on the
// console's API keys page ("Use in GraphiQL") is filled in for this tab.
const key = sessionStorage.getItem(GRAPHIQL_KEY)?.trim() ?? "";
const defaultHeaders = JSON.stringify({ [AUTH_HEADER]: `Bearer ${key}` }, null, 2);
const defaultQuery = `# PlagSini GraphQL API.
# Put an API key after "Bearer " in Headers
# below (operator console, API keys page).
# The book icon (top left) opens the docs.
{
  platform {
    name
    version
  }
}
`;

const fetcher = createFetcher();

ReactDOM.createRoot(document.getElementById("graphiql")!).render(
  <React.StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      defaultHeaders={defaultHeaders}
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="headers"
    />
  </React.StrictMode>,
);
