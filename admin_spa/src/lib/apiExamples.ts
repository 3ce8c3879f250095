/** How to call the platform's API with a key: a curl command (HTTP) and a subscription
 * (graphql-transport-ws, with the graphql-ws client), for the platform's public URL. */

export const EXAMPLE_QUERY = "{ chargers(first: 5) { nodes { chargePointId name online } } }";
export const EXAMPLE_SUBSCRIPTION = "subscription { chargerStatus { chargePointId connectorId status online timestamp } }";
/** Shown where the key goes when the key itself is not on the page (it is shown only once). */
export const KEY_PLACEHOLDER = "<your API key>";

export function graphqlEndpoints(publicUrl: string): { http: string; ws: string } {
  const base = publicUrl.replace(/\/+$/, "");
  return { http: `${base}/graphql`, ws: `${base.replace(/^http/, "ws")}/graphql` };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlExample(publicUrl: string, key: string = KEY_PLACEHOLDER): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  return [
    `curl ${graphqlEndpoints(publicUrl).http} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${key}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data ${shellQuote(body)}`,
  ].join("\n");
}

export function subscriptionExample(publicUrl: string, key: string = KEY_PLACEHOLDER): string {
  return [
    `// npm install graphql-ws   (Node 22+, or any browser)`,
    `import { createClient } from "graphql-ws";`,
    ``,
    `const client = createClient({`,
    `  url: ${JSON.stringify(graphqlEndpoints(publicUrl).ws)},`,
    `  connectionParams: { authorization: ${JSON.stringify(`Bearer ${key}`)} },`,
    `});`,
    `for await (const event of client.iterate({`,
    `  query: ${JSON.stringify(EXAMPLE_SUBSCRIPTION)},`,
    `})) {`,
    `  console.log(event.data?.chargerStatus ?? event.errors);`,
    `}`,
  ].join("\n");
}
