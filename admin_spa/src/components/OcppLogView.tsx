import { useEffect, useRef, useState } from "react";
import { useQuery, useSubscription } from "urql";
import { OcppLogSubscription, OcppMessagesQuery } from "../ops/ocpp";
import { ErrorBox, Modal } from "./ui";
import { timeOnly } from "../lib/format";
import { Icon } from "./Icons";

const MAX = 500;
const TYPE: Record<string, string> = { "2": "CALL", "3": "RESULT", "4": "ERROR" };
interface Row { id: string; chargePointId: string; direction: string; messageType?: number | null; action?: string | null; uniqueId?: string | null; payload: string; errorCode?: string | null; timestamp?: string | null }
/** error code of the row that summarises a charger's frames beyond its message-log budget */
const NOT_STORED = "NotStored";
let seq = 0;
function pretty(p: string): string {
  try { return JSON.stringify(JSON.parse(p), null, 2); } catch { return p; }
}

/** Streaming OCPP frames: newest first; filters by charger, action and direction; pause keeps a backlog. */
export function OcppLogView({ chargePointId: fixedCpid, chargerId, compact }: { chargePointId?: string; chargerId?: string; compact?: boolean }) {
  const [cpid, setCpid] = useState(fixedCpid ?? "");
  const [action, setAction] = useState("");
  const [direction, setDirection] = useState("");
  const [paused, setPaused] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [backlog, setBacklog] = useState<Row[]>([]);
  const [open, setOpen] = useState<Row | null>(null);
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  const [{ data, error }] = useQuery({ query: OcppMessagesQuery, variables: { first: 100, chargePointId: fixedCpid ?? null }, requestPolicy: "network-only" });
  useEffect(() => {
    if (data) setRows(data.ocppMessages.nodes.map((m) => ({ ...m, payload: String(m.payload), timestamp: m.createdAt })));
  }, [data]);
  const [sub] = useSubscription({ query: OcppLogSubscription, variables: { chargerId: chargerId ?? null }, pause: Boolean(fixedCpid && !chargerId) }, (_p, ev) => {
    const e = ev.ocppMessages;
    const m: Row = { ...e, id: `live-${++seq}`, payload: typeof e.payload === "string" ? e.payload : JSON.stringify(e.payload), timestamp: e.timestamp ?? new Date().toISOString() };
    if (pausedRef.current) setBacklog((b) => [m, ...b].slice(0, MAX));
    else setRows((r) => [m, ...r].slice(0, MAX));
    return ev;
  });
  const resume = () => { setRows((r) => [...backlog, ...r].slice(0, MAX)); setBacklog([]); setPaused(false); };

  const shown = rows.filter((m) => (!cpid || m.chargePointId.toLowerCase().includes(cpid.toLowerCase()))
    && (!action || (m.action ?? "").toLowerCase().includes(action.toLowerCase()))
    && (!direction || m.direction.toLowerCase() === direction));
  const actions = Array.from(new Set(rows.map((m) => m.action).filter(Boolean))) as string[];

  return (
    <div className="stack" data-testid="ocpp-log">
      <div className="row">
        {!fixedCpid && <input placeholder="Charger" value={cpid} onChange={(e) => setCpid(e.target.value)} aria-label="Filter by charger" />}
        <input placeholder="Action" list="ocpp-actions" value={action} onChange={(e) => setAction(e.target.value)} aria-label="Filter by action" />
        <datalist id="ocpp-actions">{actions.map((a) => <option key={a} value={a} />)}</datalist>
        <select value={direction} onChange={(e) => setDirection(e.target.value)} aria-label="Direction">
          <option value="">Both directions</option><option value="in">In (charger → server)</option><option value="out">Out (server → charger)</option>
        </select>
        {paused ? <button className="primary" onClick={resume}><Icon name="resume" size={14} /> Resume ({backlog.length} new)</button> : <button onClick={() => setPaused(true)}><Icon name="pause" size={14} /> Pause</button>}
        <button onClick={() => { setRows([]); setBacklog([]); }}>Clear</button>
        <span className="small muted">{sub.error ? "" : "● streaming"} · {shown.length} frames</span>
      </div>
      <ErrorBox error={error} what="OCPP log" />
      <ErrorBox error={sub.error} what="Live stream" />
      <div className="table-wrap" style={{ maxHeight: compact ? 420 : "70vh" }}>
        <table className="table">
          <thead><tr><th>Time</th><th>Dir</th>{!fixedCpid && <th>Charger</th>}<th>Type</th><th>Action</th><th>Payload</th></tr></thead>
          <tbody>
            {shown.map((m) => {
              const dir = m.direction.toLowerCase().startsWith("in") ? "in" : "out";
              return (
                <tr key={m.id} className={`log-row ${dir} clickable`} onClick={() => setOpen(m)}>
                  <td className="small mono">{timeOnly(m.timestamp)}</td>
                  <td>{dir === "in" ? "→" : "←"}</td>
                  {!fixedCpid && <td>{m.chargePointId}</td>}
                  <td className="small">{m.errorCode === NOT_STORED
                    ? <span className="badge warn" data-testid="not-stored" title="Frames over this charger's message log budget: counted, not stored">NOT STORED</span>
                    : TYPE[String(m.messageType)] ?? m.messageType}</td>
                  <td><b>{m.action}</b></td>
                  <td className="mono small" style={{ maxWidth: 520, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{m.payload}</td>
                </tr>
              );
            })}
            {shown.length === 0 && <tr><td colSpan={6} className="muted">No frames yet.</td></tr>}
          </tbody>
        </table>
      </div>
      {open && (
        <Modal title={`${open.action ?? TYPE[String(open.messageType)] ?? "Frame"} · ${open.chargePointId}`} onClose={() => setOpen(null)}>
          <div className="small muted" style={{ marginBottom: 8 }}>{open.direction} · {open.timestamp} · id {open.uniqueId}</div>
          <pre data-testid="payload-view">{pretty(open.payload)}</pre>
        </Modal>
      )}
    </div>
  );
}
