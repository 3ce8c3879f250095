import { useState } from "react";
import { useClient } from "urql";
import { commandRequest } from "../ops/ocpp";
import { describeError, userErrorsText } from "../lib/errors";
import { Badge, DataTable } from "./ui";

type Key = { key: string; value?: string | null; readonly: boolean };

/** The charger's configuration (from GetConfiguration) as an editable table: ChangeConfiguration per
 * key, read-only keys marked and not editable, the keys the charger did not know listed. */
export function ConfigurationTable({ chargerId, keys, onChanged }: { chargerId: string; keys: Key[]; onChanged: () => void }) {
  const client = useClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [results, setResults] = useState<Record<string, { status?: string | null; error?: string | null }>>({});
  const [unknown, setUnknown] = useState<string[] | null>(null);
  const [reading, setReading] = useState(false);

  const send = async (action: string, payload: Record<string, unknown>) => {
    const req = commandRequest(action, chargerId, payload);
    const r = await client.mutation(req.doc, req.variables).toPromise();
    const p = r.data?.[req.field];
    return { payload: p, error: describeError(r.error)?.message ?? userErrorsText(p?.errors) };
  };

  const readAll = async () => {
    setReading(true);
    const { payload, error } = await send("GetConfiguration", {});
    setReading(false);
    if (error) { setResults({ _: { error } }); return; }
    const response = (payload?.response ?? {}) as { unknownKey?: string[] };
    setUnknown(response.unknownKey ?? []);
    onChanged();
  };

  const save = async (key: string) => {
    const { payload, error } = await send("ChangeConfiguration", { key, value: draft });
    setResults({ ...results, [key]: { status: payload?.status, error } });
    if (!error) { setEditing(null); onChanged(); }
  };

  return (
    <div className="stack" data-testid="configuration-table">
      <div className="spread">
        <h3 style={{ margin: 0 }}>Configuration keys</h3>
        <button onClick={readAll} disabled={reading || !chargerId}>{reading ? "Reading…" : "Read from the charger (GetConfiguration)"}</button>
      </div>
      {results._?.error && <div className="alert error" role="alert">{results._.error}</div>}
      <DataTable<Key> rows={keys} rowKey={(k) => k.key} empty="No configuration read yet: read it from the charger." columns={[
        { key: "k", title: "Key", render: (k) => <code>{k.key}</code> },
        { key: "v", title: "Value", render: (k) => (editing === k.key
          ? <input aria-label={`New value of ${k.key}`} name={`value-${k.key}`} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === "Enter") save(k.key); if (e.key === "Escape") setEditing(null); }} />
          : <code>{k.value}</code>) },
        { key: "r", title: "", render: (k) => (k.readonly
          ? <span className="badge off" title="The charger does not allow changing this key">read-only</span>
          : editing === k.key
            ? <span className="row"><button className="primary" onClick={() => save(k.key)}>Save</button><button onClick={() => setEditing(null)}>Cancel</button></span>
            : <button onClick={() => { setEditing(k.key); setDraft(k.value ?? ""); }} aria-label={`Edit ${k.key}`}>Edit</button>) },
        { key: "s", title: "Last change", render: (k) => { const r = results[k.key]; if (!r) return null; return r.error ? <span className="err small">{r.error}</span> : <Badge value={r.status ?? "?"} kind={r.status === "Accepted" ? "ok" : r.status === "RebootRequired" ? "warn" : "err"} />; } },
      ]} />
      {unknown && unknown.length > 0 && (
        <div className="alert warn" data-testid="unknown-keys">Keys the charger does not know: {unknown.map((k) => <code key={k} style={{ marginRight: 6 }}>{k}</code>)}</div>
      )}
    </div>
  );
}
