import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { ImportChargersMutation } from "../ops/chargers";
import { DataTable, PageHeader } from "../components/ui";
import { downloadCsv } from "../lib/csv";
import { importTemplate, keysCsv, readImport, type ImportRow, type RowProblem } from "../lib/chargerCsv";
import { describeError, userErrorsText } from "../lib/errors";

/** Row problems, one line each, by row then field: what the operator fixes in the file. */
export function ProblemsTable({ problems, rows }: { problems: RowProblem[]; rows: ImportRow[] }) {
  const sorted = [...problems].sort((a, b) => a.row - b.row);
  return (
    <div data-testid="import-problems">
      <div className="alert error" role="alert">Nothing was imported: {problems.length} problem{problems.length === 1 ? "" : "s"}. Fix the file and choose it again.</div>
      <DataTable rows={sorted} rowKey={(p) => `${p.row}-${p.field}-${p.message}`} columns={[
        { key: "r", title: "Row", render: (p) => (p.row === 0 ? "header" : p.row) },
        { key: "c", title: "Charge point id", render: (p) => (p.row > 0 ? <code>{rows[p.row - 1]?.chargePointId}</code> : "") },
        { key: "f", title: "Field", render: (p) => (p.field ? <code>{p.field}</code> : "") },
        { key: "m", title: "Problem", render: (p) => p.message },
      ]} />
    </div>
  );
}

/** A file's text (FileReader: every browser, and the test DOM). */
function readText(f: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error);
    r.readAsText(f);
  });
}

export function ImportChargersPage() {
  const [{ fetching }, run] = useMutation(ImportChargersMutation);
  const [file, setFile] = useState<{ name: string; rows: ImportRow[]; problems: RowProblem[] } | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const [done, setDone] = useState<{ count: number; keys: Array<{ chargePointId: string; authorizationKey: string }> } | null>(null);

  const choose = async (f: File | undefined) => {
    setErr(null); setDone(null);
    if (!f) { setFile(null); return; }
    const { rows, problems } = readImport(await readText(f));
    setFile({ name: f.name, rows, problems });
  };
  const send = async () => {
    if (!file) return;
    setErr(null);
    const r = await run({ input: { rows: file.rows } });
    const p = r.data?.importChargers;
    if (p?.rowErrors.length) { setFile({ ...file, problems: p.rowErrors.map((e) => ({ row: e.row, field: e.field ?? null, message: e.message })) }); return; }
    const msg = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    if (msg || !p) { setErr(msg ?? "The import failed."); return; }
    setDone({ count: p.chargers.length, keys: p.keys });
    setFile(null);
  };

  return (
    <div className="stack">
      <PageHeader title="Import chargers"><Link to="/chargers/new"><button>Register one charger</button></Link></PageHeader>
      <div className="card stack">
        <p>One charger a row. All rows are registered together, or none: a file with any problem imports nothing and shows each row's problem.
          Connectors are written <code>type:maxPowerKw[:phases]</code>, separated by <code>|</code> (e.g. <code>CCS2:120|Type2:22:3</code>); the tariff by its name.</p>
        <div className="row">
          <button type="button" data-testid="download-template" onClick={() => downloadCsv("chargers-template.csv", importTemplate())}>Download the template</button>
          <label className="field inline" htmlFor="import-file">CSV file
            <input id="import-file" type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => void choose(e.target.files?.[0])} />
          </label>
        </div>
        {err && <div className="alert error" role="alert">{err}</div>}
        {file && (file.problems.length ? <ProblemsTable problems={file.problems} rows={file.rows} /> : (
          <div className="stack" data-testid="import-ready">
            <div>{file.rows.length} charger{file.rows.length === 1 ? "" : "s"} in {file.name}, ready to import.</div>
            <DataTable rows={file.rows} rowKey={(r) => r.chargePointId} columns={[
              { key: "c", title: "Charge point id", render: (r) => <code>{r.chargePointId}</code> },
              { key: "n", title: "Name", render: (r) => r.name ?? "" },
              { key: "p", title: "Position", render: (r) => (r.latitude ? `${r.latitude}, ${r.longitude}` : "—") },
              { key: "t", title: "Tariff", render: (r) => r.tariff ?? "default" },
              { key: "k", title: "Connectors", render: (r) => r.connectors.map((k) => `${k.type ?? "?"} ${k.maxPowerKw ?? ""}`).join(", ") },
            ]} />
            <div><button className="primary" disabled={fetching} onClick={() => void send()} data-testid="import-send">Import {file.rows.length} chargers</button></div>
          </div>
        ))}
        {done && (
          <div className="stack" data-testid="import-done">
            <div className="alert ok">{done.count} chargers registered.</div>
            {done.keys.length > 0 && <div className="alert warn">Their AuthorizationKeys are shown once: download them now and enter each in its charger.
              <div><button type="button" data-testid="download-keys" onClick={() => downloadCsv("charger-keys.csv", keysCsv(done.keys))}>Download the keys</button></div></div>}
          </div>
        )}
      </div>
    </div>
  );
}
