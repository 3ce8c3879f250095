import { useState, type FormEvent } from "react";

export type FormFieldKind = "text" | "email" | "password" | "number" | "decimal" | "textarea" | "select" | "checkbox" | "date" | "datetime-local";

export interface FormField {
  name: string;
  label: string;
  kind?: FormFieldKind;
  required?: boolean;
  options?: Array<string | { value: string; label: string }>;
  full?: boolean;
  help?: string;
  min?: number;
}

export type Values = Record<string, string | boolean>;

/** Validates required fields and number formats; returns field -> message. */
export function validate(fields: FormField[], values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === "checkbox") continue;
    const s = typeof v === "string" ? v.trim() : "";
    if (f.required && s === "") { errors[f.name] = "Required."; continue; }
    if (s === "") continue;
    if ((f.kind === "number" || f.kind === "decimal") && !Number.isFinite(Number(s))) errors[f.name] = "Must be a number.";
    else if (f.kind === "number" && !/^-?\d+$/.test(s)) errors[f.name] = "Must be a whole number.";
    else if (f.min !== undefined && Number(s) < f.min) errors[f.name] = `Must be ≥ ${f.min}.`;
    else if (f.kind === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)) errors[f.name] = "Not an email address.";
  }
  return errors;
}

export function FormView({ fields, initial, onSubmit, submitLabel = "Save", busy, serverError, onCancel }: {
  fields: FormField[];
  initial?: Values;
  onSubmit: (values: Values) => void;
  submitLabel?: string;
  busy?: boolean;
  serverError?: string | null;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<Values>(() => {
    const v: Values = {};
    for (const f of fields) v[f.name] = initial?.[f.name] ?? (f.kind === "checkbox" ? false : "");
    return v;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = validate(fields, values);
    setErrors(errs);
    if (Object.keys(errs).length === 0) onSubmit(values);
  };
  const set = (k: string, v: string | boolean) => setValues((old) => ({ ...old, [k]: v }));
  return (
    <form onSubmit={submit} noValidate>
      {serverError && <div className="alert error" role="alert">{serverError}</div>}
      <div className="form">
        {fields.map((f) => {
          const id = `f-${f.name}`;
          const v = values[f.name];
          if (f.kind === "checkbox")
            return (
              <label key={f.name} className="field inline" htmlFor={id}>
                <input id={id} name={f.name} type="checkbox" checked={Boolean(v)} onChange={(e) => set(f.name, e.target.checked)} />
                {f.label}
              </label>
            );
          return (
            <label key={f.name} className={`field ${f.full || f.kind === "textarea" ? "full" : ""}`} htmlFor={id}>
              {f.label}{f.required ? " *" : ""}
              {f.kind === "textarea" ? (
                <textarea id={id} name={f.name} rows={3} value={String(v)} onChange={(e) => set(f.name, e.target.value)} />
              ) : f.kind === "select" ? (
                <select id={id} name={f.name} value={String(v)} onChange={(e) => set(f.name, e.target.value)}>
                  <option value="">—</option>
                  {(f.options ?? []).map((o) => {
                    const opt = typeof o === "string" ? { value: o, label: o } : o;
                    return <option key={opt.value} value={opt.value}>{opt.label}</option>;
                  })}
                </select>
              ) : (
                <input id={id} name={f.name} type={f.kind === "decimal" || f.kind === "number" ? "text" : f.kind ?? "text"}
                  inputMode={f.kind === "decimal" ? "decimal" : f.kind === "number" ? "numeric" : undefined}
                  value={String(v)} onChange={(e) => set(f.name, e.target.value)} />
              )}
              {f.help && <span className="small muted">{f.help}</span>}
              {errors[f.name] && <span className="err">{errors[f.name]}</span>}
            </label>
          );
        })}
      </div>
      <div className="row end" style={{ marginTop: 14 }}>
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
        <button type="submit" className="primary" disabled={busy}>{busy ? "Working…" : submitLabel}</button>
      </div>
    </form>
  );
}

/** Drops empty strings and converts numbers, for building mutation inputs. */
export function toInput(fields: FormField[], values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = values[f.name];
    if (f.kind === "checkbox") { out[f.name] = Boolean(v); continue; }
    const s = typeof v === "string" ? v.trim() : "";
    if (s === "") { out[f.name] = null; continue; }
    if (f.kind === "number") out[f.name] = Number(s);
    else if (f.kind === "datetime-local") out[f.name] = new Date(s).toISOString();
    else out[f.name] = s;
  }
  return out;
}
