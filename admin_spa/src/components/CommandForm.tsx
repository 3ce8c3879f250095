import { useMemo, useState, type FormEvent } from "react";
import { useClient, useQuery } from "urql";
import { IdTagSearchQuery } from "../ops/fleet";
import { buildPayload, commandByAction, OCPP_COMMANDS, UNSUPPORTED_COMMANDS, type FormValues } from "../lib/ocppCommands";
import { commandRequest, type OcppCommandResult } from "../ops/ocpp";
import { describeError, userErrorsText } from "../lib/errors";
import { Badge } from "./ui";

/** An idTag input that offers the users' tags matching what is typed (admins' idTagSearch). */
export function IdTagInput({ name, value, onChange }: { name: string; value: string; onChange: (v: string) => void }) {
  const text = value.trim();
  const [{ data }] = useQuery({ query: IdTagSearchQuery, variables: { text }, pause: text.length < 2 });
  const listId = `idtag-options-${name}`;
  return (
    <>
      <input name={name} type="text" list={listId} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} placeholder="type a tag, an email or a name" />
      <datalist id={listId} data-testid="idtag-options">
        {(text.length >= 2 ? data?.idTagSearch ?? [] : []).map((t) => (
          <option key={t.idTag} value={t.idTag}>{[t.userName, t.userEmail, t.status !== "Accepted" ? t.status : null].filter(Boolean).join(" · ")}</option>
        ))}
      </datalist>
    </>
  );
}

/** Form for one outbound OCPP command: validated locally, sent through sendOcppCommand (or handed to
 * `submitPayload`, e.g. a fleet job), answer shown. `omit` leaves fields out (e.g. per-charger values). */
export function CommandForm({ chargerId, chargePointId, action, onAction, actions, initial, onSent, submitPayload, omit, submitLabel }: {
  chargerId: string;
  chargePointId: string;
  action: string;
  onAction?: (a: string) => void;
  actions?: string[];
  initial?: FormValues;
  onSent?: (c: OcppCommandResult) => void;
  submitPayload?: (payload: Record<string, unknown>) => Promise<string | null>;
  omit?: string[];
  submitLabel?: string;
}) {
  const found = commandByAction(action) ?? commandByAction("RemoteStartTransaction")!;
  const def = omit ? { ...found, fields: found.fields.filter((f) => !omit.includes(f.name)) } : found;
  const [values, setValues] = useState<FormValues>(initial ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ command?: OcppCommandResult | null; error?: string | null } | null>(null);
  const [fetching, setFetching] = useState(false);
  const client = useClient();
  const list = useMemo(() => OCPP_COMMANDS.filter((c) => !actions || actions.includes(c.action)), [actions]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    if (!chargerId && !submitPayload) { setErrors({ _: "Choose a charger first." }); return; }
    const built = buildPayload(def, values);
    setErrors(built.errors);
    if (!built.payload) return;
    if (submitPayload) {
      setFetching(true);
      const err = await submitPayload(built.payload);
      setFetching(false);
      if (err) setResult({ error: err });
      return;
    }
    const req = commandRequest(def.action, chargerId, built.payload);
    setFetching(true);
    const r = await client.mutation(req.doc, req.variables).toPromise();
    setFetching(false);
    const p = r.data?.[req.field];
    const err = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    setResult({ command: err ? null : p, error: err });
    if (p && !err) onSent?.(p);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="command-form" className="stack">
      {onAction && (
        <label className="field">Command
          <select name="action" value={action} onChange={(e) => { onAction(e.target.value); setValues({}); setErrors({}); setResult(null); }}>
            {list.map((c) => <option key={c.action} value={c.action}>{c.action} ({c.profile})</option>)}
          </select>
        </label>
      )}
      <div className="small muted">{def.description}</div>
      {onAction && !actions && (
        <div className="small muted" data-testid="unsupported-commands">
          Not sent from here: {UNSUPPORTED_COMMANDS.join(", ")}.
        </div>
      )}
      {errors._ && <div className="alert error">{errors._}</div>}
      <div className="form">
        {def.fields.map((f) => (
          <label key={f.name} className={`field ${f.kind === "json" || f.kind === "text" ? "full" : ""}`}>
            {f.name}{f.required ? " *" : ""}
            {f.kind === "enum" ? (
              <select name={f.name} value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}>
                <option value="">—</option>
                {f.options!.map((o) => <option key={o}>{o}</option>)}
              </select>
            ) : f.kind === "json" || f.kind === "text" ? (
              <textarea name={f.name} rows={4} className="mono" placeholder={f.kind === "text" ? f.placeholder : f.help} value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
            ) : f.name === "idTag" || f.name === "parentIdTag" ? (
              <IdTagInput name={f.name} value={values[f.name] ?? ""} onChange={(v) => setValues({ ...values, [f.name]: v })} />
            ) : (
              <input name={f.name} type={f.kind === "datetime" ? "datetime-local" : "text"} placeholder={f.placeholder ?? ""}
                inputMode={f.kind === "int" ? "numeric" : undefined}
                value={values[f.name] ?? ""} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
            )}
            {f.help && f.kind !== "json" && <span className="small muted">{f.help}</span>}
            {errors[f.name] && <span className="err">{errors[f.name]}</span>}
          </label>
        ))}
        {def.fields.length === 0 && <div className="muted small">This command has no parameters.</div>}
      </div>
      <div className="row end"><button className="primary" type="submit" disabled={fetching}>{fetching ? "Sending…" : submitLabel ?? `Send ${def.action}`}</button></div>
      {result && (
        <div data-testid="command-result">
          {result.error && <div className="alert error" role="alert">{result.error}</div>}
          {result.command && (
            <div className="stack">
              <div className="row">Status: <Badge value={result.command.status} /></div>
              <pre data-testid="command-response">{JSON.stringify(result.command.response ?? null, null, 2)}</pre>
            </div>
          )}
        </div>
      )}
    </form>
  );
}

/** A CommandForm whose command is picked from `actions`. */
export function CommandPicker({ chargerId, chargePointId, actions, onSent }: { chargerId: string; chargePointId: string; actions: string[]; onSent?: (c: OcppCommandResult) => void }) {
  const [action, setAction] = useState(actions[0]);
  return <CommandForm key={action} chargerId={chargerId} chargePointId={chargePointId} action={action} actions={actions} onAction={setAction} onSent={onSent} />;
}
