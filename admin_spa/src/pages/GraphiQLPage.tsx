import { useMemo, useState } from "react";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/graphiql.css";
import { getAuth } from "../auth/store";
import { graphqlHttpUrl, graphqlWsUrl } from "../client";
import { GRAPHIQL_KEY } from "../lib/graphiqlKey";

/** GraphiQL bundled from the graphiql package (no CDN); requests carry the chosen API key or the session token. */
export default function GraphiQLPage() {
  const [key, setKey] = useState(() => sessionStorage.getItem(GRAPHIQL_KEY) ?? "");
  const token = key.trim() || getAuth()?.accessToken || "";
  const fetcher = useMemo(() => createGraphiQLFetcher({
    url: new URL(graphqlHttpUrl(), window.location.origin).toString(),
    subscriptionUrl: graphqlWsUrl(),
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    wsConnectionParams: token ? { authorization: `Bearer ${token}` } : {},
  }), [token]);
  return (
    <div className="stack" style={{ height: "calc(100vh - 92px)" }}>
      <div className="row">
        <label className="field inline">API key
          <input type="password" value={key} placeholder="empty = your operator session" style={{ width: 360 }}
            onChange={(e) => { setKey(e.target.value); sessionStorage.setItem(GRAPHIQL_KEY, e.target.value); }} />
        </label>
        <span className="small muted">{key ? "Requests use this API key." : "Requests use your session."}</span>
      </div>
      <div style={{ flex: 1, minHeight: 500, border: "1px solid var(--border)", borderRadius: 8, overflow: "hidden" }} className="graphiql-host">
        <GraphiQL fetcher={fetcher} defaultEditorToolsVisibility={false} />
      </div>
    </div>
  );
}
