import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { ClearDisplayMessageMutation, DisplayMessagesQuery, GetDisplayMessagesMutation, SetDisplayMessageMutation } from "../ops/displayMessages";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime } from "../lib/format";
import { Badge, DataTable, ErrorBox } from "./ui";
import { FormView, type FormField, type Values } from "./Form";
import type { MessageFormat, MessagePriority, MessageState } from "../gql/graphql";

type Result = { status?: string | null; error?: string | null };

const FIELDS: FormField[] = [
  { name: "content", label: "Message", kind: "textarea", required: true, help: "At most 512 characters." },
  { name: "language", label: "Language", help: "e.g. en, ms" },
  { name: "format", label: "Format", kind: "select", required: true, options: ["UTF8", "ASCII", "HTML", "URI"] },
  { name: "priority", label: "Priority", kind: "select", required: true,
    options: [{ value: "NORMAL_CYCLE", label: "Normal cycle" }, { value: "IN_FRONT", label: "In front" }, { value: "ALWAYS_FRONT", label: "Always in front" }] },
  { name: "state", label: "Shown while", kind: "select",
    options: [{ value: "IDLE", label: "Idle" }, { value: "CHARGING", label: "Charging" }, { value: "FAULTED", label: "Faulted" }, { value: "UNAVAILABLE", label: "Unavailable" }] },
  { name: "startDateTime", label: "From", kind: "datetime-local" },
  { name: "endDateTime", label: "Until", kind: "datetime-local" },
  { name: "transactionId", label: "Only in transaction", help: "The station's transactionId" },
  { name: "messageId", label: "Replace message id", kind: "number", min: 0 },
];

const text = (v: string | boolean | undefined) => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The messages on an OCPP 2.0.1 station's display: set one (SetDisplayMessage), read them from the
 * station (GetDisplayMessages → NotifyDisplayMessages) and clear one (ClearDisplayMessage). */
export function DisplayMessagesPanel({ chargerId }: { chargerId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: DisplayMessagesQuery, variables: { chargerId } });
  const [setting, setMessage] = useMutation(SetDisplayMessageMutation);
  const [, getMessages] = useMutation(GetDisplayMessagesMutation);
  const [, clearMessage] = useMutation(ClearDisplayMessageMutation);
  const [result, setResult] = useState<Result | null>(null);
  const [formKey, setFormKey] = useState(0);
  const reload = () => refetch({ requestPolicy: "network-only" });

  if (data && data.charger?.ocppVersion !== "2.0.1")
    return <div className="card"><p className="muted">Display messages are an OCPP 2.0.1 feature; this charger speaks OCPP {data.charger?.ocppVersion ?? "1.6"}.</p></div>;

  const report = (what: string, r: { data?: unknown; error?: Parameters<typeof describeError>[0] }, p?: { status?: string | null; errors?: Parameters<typeof userErrorsText>[0] } | null) => {
    const err = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    setResult({ status: p?.status ? `${what}: ${p.status}` : null, error: err });
    reload();
    return !err;
  };

  const send = async (v: Values) => {
    const r = await setMessage({
      input: {
        chargerId, content: String(v.content), language: text(v.language), format: v.format as MessageFormat,
        priority: v.priority as MessagePriority, state: (text(v.state) as MessageState | null),
        startDateTime: text(v.startDateTime) ? new Date(String(v.startDateTime)).toISOString() : null,
        endDateTime: text(v.endDateTime) ? new Date(String(v.endDateTime)).toISOString() : null,
        transactionId: text(v.transactionId), messageId: text(v.messageId) ? Number(v.messageId) : null,
      },
    });
    if (report("SetDisplayMessage", r, r.data?.setDisplayMessage)) setFormKey((k) => k + 1);
  };

  return (
    <div className="stack" data-testid="display-messages">
      <div className="card stack">
        <div className="spread">
          <h3 style={{ margin: 0 }}>Messages on the display</h3>
          <span className="row">
            <button onClick={async () => { const r = await getMessages({ input: { chargerId } }); report("GetDisplayMessages", r, r.data?.getDisplayMessages); }}>Read from the station</button>
            <button onClick={reload}>Refresh</button>
          </span>
        </div>
        {result?.error && <div className="alert error" role="alert">{result.error}</div>}
        {result?.status && <div className="small" data-testid="display-message-result">{result.status}</div>}
        <ErrorBox error={error} what="Display messages" />
        <DataTable rows={data?.displayMessages ?? []} rowKey={(m) => m.id} empty="No messages." columns={[
          { key: "id", title: "Id", render: (m) => m.messageId },
          { key: "c", title: "Message", render: (m) => <span>{m.content}{m.language ? <span className="small muted"> ({m.language}, {m.format})</span> : <span className="small muted"> ({m.format})</span>}</span> },
          { key: "p", title: "Priority", render: (m) => m.priority },
          { key: "s", title: "Shown while", render: (m) => m.state ?? "always" },
          { key: "v", title: "Valid", render: (m) => [m.startAt && `from ${dateTime(m.startAt)}`, m.endAt && `until ${dateTime(m.endAt)}`].filter(Boolean).join(" ") },
          { key: "t", title: "Transaction", render: (m) => m.transactionId ?? "" },
          { key: "st", title: "Status", render: (m) => <Badge value={m.status} kind={m.status === "Accepted" || m.status === "Reported" ? "ok" : m.status === "Requested" ? "warn" : "err"} /> },
          { key: "x", title: "", render: (m) => (m.messageId != null && m.status !== "Cleared"
            ? <button aria-label={`Clear message ${m.messageId}`} onClick={async () => { const r = await clearMessage({ input: { chargerId, messageId: m.messageId as number } }); report("ClearDisplayMessage", r, r.data?.clearDisplayMessage); }}>Clear</button>
            : null) },
        ]} />
      </div>
      <div className="card stack">
        <h3 style={{ margin: 0 }}>New message (SetDisplayMessage)</h3>
        <FormView key={formKey} fields={FIELDS} initial={{ format: "UTF8", priority: "NORMAL_CYCLE" }} onSubmit={send} submitLabel="Send to the display" busy={setting.fetching} />
      </div>
    </div>
  );
}
