import { useMemo, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useClient, useMutation, useQuery, useSubscription } from "urql";
import { ChargersQuery, CONNECTOR_STATUSES } from "../ops/chargers";
import { CancelFleetJobMutation, ContinueFleetJobMutation, FleetJobQuery, FleetJobsQuery, FleetJobUpdatesSubscription, StartFleetJobMutation } from "../ops/fleet";
import type { AdminFleetJobQuery, AdminFleetJobsQuery, FleetAction, FleetJobOrder, FleetJobStatus } from "../gql/graphql";
import { CommandForm } from "../components/CommandForm";
import { Badge, DataTable, ErrorBox, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, ListSelect, useListState } from "../components/listing";
import { describeError, userErrorsText } from "../lib/errors";
import { dateTime } from "../lib/format";

const ACTIONS: Array<[string, FleetAction]> = [
  ["Reset", "RESET"], ["ChangeConfiguration", "CHANGE_CONFIGURATION"], ["ChangeAvailability", "CHANGE_AVAILABILITY"],
  ["TriggerMessage", "TRIGGER_MESSAGE"], ["UpdateFirmware", "UPDATE_FIRMWARE"], ["SendLocalList", "SEND_LOCAL_LIST"],
];

type Target = NonNullable<AdminFleetJobQuery["fleetJob"]["targets"]>[number];

/** How far a charger is: firmware steps for UpdateFirmware, answered = done for the rest. */
const STEP: Record<string, number> = { pending: 0, sending: 5, accepted: 15, downloading: 35, downloaded: 55, installing: 75, installed: 100, rejected: 100, failed: 100, skipped: 100 };

export function progressOf(action: string, status: string): number {
  if (action !== "UpdateFirmware" && status === "accepted") return 100;
  return STEP[status] ?? 0;
}

function tone(status: string): string {
  if (status === "failed" || status === "rejected") return "err";
  if (status === "installed" || status === "accepted") return "ok";
  if (status === "pending" || status === "skipped") return "off";
  return "busy";
}

function answerText(answer: unknown): string {
  if (answer == null) return "";
  const a = answer as Record<string, unknown>;
  if (typeof a.status === "string") return a.status;
  return Object.keys(a).length ? JSON.stringify(a) : "answered";
}

export function ProgressBar({ value, kind, label }: { value: number; kind: string; label: string }) {
  return (
    <div className={`progress ${kind}`} role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
      <div className="progress-fill" style={{ width: `${value}%` }} />
    </div>
  );
}

export function FleetPage() {
  const [action, setAction] = useState("Reset");
  const [mode, setMode] = useState<"filter" | "select">("filter");
  const [search, setSearch] = useState("");
  const [online, setOnline] = useState("");
  const [city, setCity] = useState("");
  const [connectorStatus, setConnectorStatus] = useState("");
  const [picked, setPicked] = useState<string[]>([]);
  const [stageSize, setStageSize] = useState("");
  const [autoContinue, setAutoContinue] = useState(false);
  const navigate = useNavigate();
  const client = useClient();
  const filterVars = { search: search || null, online: online === "" ? null : online === "yes", city: city || null, connectorStatus: connectorStatus || null };
  const [matching] = useQuery({ query: ChargersQuery, variables: { first: 100, ...filterVars } });
  const [all] = useQuery({ query: ChargersQuery, variables: { first: 100 }, pause: mode !== "select" });
  const def = ACTIONS.find(([a]) => a === action)!;

  const submit = async (payload: Record<string, unknown>): Promise<string | null> => {
    const stage = stageSize.trim() ? Number(stageSize) : null;
    if (stage !== null && (!Number.isInteger(stage) || stage < 1)) return "The first stage is a whole number of chargers (at least 1).";
    if (mode === "select" && picked.length === 0) return "Choose at least one charger.";
    const input = {
      action: def[1], payload, stageSize: stage, autoContinue,
      ...(mode === "filter" ? { filter: filterVars } : { chargerIds: picked }),
    };
    const r = await client.mutation(StartFleetJobMutation, { input }).toPromise();
    const err = describeError(r.error)?.message ?? userErrorsText(r.data?.startFleetJob.errors);
    if (err) return err;
    const id = r.data?.startFleetJob.fleetJob?.id;
    if (id) navigate(`/fleet/${encodeURIComponent(id)}`);
    return null;
  };

  return (
    <div className="stack">
      <PageHeader title="Fleet operations" />
      <div>
        <div className="card stack" data-testid="fleet-form">
          <h3>New fleet job</h3>
          <div className="row">
            <label><input type="radio" name="mode" checked={mode === "filter"} onChange={() => setMode("filter")} /> Chargers matching a filter</label>
            <label><input type="radio" name="mode" checked={mode === "select"} onChange={() => setMode("select")} /> Chosen chargers</label>
          </div>
          {mode === "filter" ? (
            <div className="form">
              <label className="field">Search<input name="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="id, name, address" /></label>
              <label className="field">Online
                <select name="online" value={online} onChange={(e) => setOnline(e.target.value)}><option value="">any</option><option value="yes">online</option><option value="no">offline</option></select>
              </label>
              <label className="field">City<input name="city" value={city} onChange={(e) => setCity(e.target.value)} /></label>
              <label className="field">Connector status
                <select name="connectorStatus" value={connectorStatus} onChange={(e) => setConnectorStatus(e.target.value)}><option value="">any</option>{CONNECTOR_STATUSES.map((s) => <option key={s}>{s}</option>)}</select>
              </label>
              <div className="small muted full" data-testid="fleet-matching">{matching.data ? `${matching.data.chargers.totalCount} chargers match` : "…"}</div>
            </div>
          ) : (
            <div className="table-wrap" style={{ maxHeight: 220, overflow: "auto" }}>
              {(all.data?.chargers.nodes ?? []).map((c) => (
                <label key={c.id} className="row small">
                  <input type="checkbox" checked={picked.includes(c.id)} onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((x) => x !== c.id))} />
                  {c.chargePointId} {c.online ? "● online" : "○ offline"}
                </label>
              ))}
            </div>
          )}
          <div className="form">
            <label className="field">First stage (chargers)<input name="stageSize" inputMode="numeric" value={stageSize} onChange={(e) => setStageSize(e.target.value)} placeholder="empty: all at once" /></label>
            <label className="field inline"><input type="checkbox" name="autoContinue" checked={autoContinue} onChange={(e) => setAutoContinue(e.target.checked)} /> Send the rest once the first stage succeeded</label>
          </div>
          <CommandForm key={action} chargerId="" chargePointId="" action={action} onAction={setAction} actions={ACTIONS.map(([a]) => a)}
            omit={["listVersion"]} submitPayload={submit} submitLabel={`Send ${action} to the fleet`} />
        </div>
      </div>
      <FleetJobsTable />
    </div>
  );
}

type JobRow = AdminFleetJobsQuery["fleetJobs"]["nodes"][number];
const JOB_STATUSES: FleetJobStatus[] = ["RUNNING", "AWAITING_GO", "COMPLETED", "FAILED", "CANCELLED"];

const JOB_COLUMNS: Column<JobRow>[] = [
  { key: "a", title: "Command", sort: "ACTION", render: (j) => <b>{j.action}</b>, csv: (j) => j.action },
  { key: "s", title: "Status", sort: "STATUS", render: (j) => <Badge value={j.status} />, csv: (j) => j.status },
  { key: "n", title: "Chargers", render: (j) => j.total, csv: (j) => j.total },
  { key: "st", title: "Stage", render: (j) => (j.stageSize ? `${j.stage} of 2 (first ${j.stageSize})` : "one"), csv: (j) => (j.stageSize ? `${j.stage} of 2 (first ${j.stageSize})` : "one") },
  { key: "t", title: "Started", sort: "CREATED_AT", render: (j) => <span className="small">{dateTime(j.createdAt)}</span>, csv: (j) => j.createdAt },
  { key: "f", title: "Finished", sort: "FINISHED_AT", render: (j) => <span className="small">{j.finishedAt ? dateTime(j.finishedAt) : "—"}</span>, csv: (j) => j.finishedAt },
  { key: "id", title: "Job id", hidden: true, render: (j) => j.id, csv: (j) => j.id },
];

/** Fleet jobs, newest first or sorted by a column, filtered by status and command (kept in the URL);
 *  a job's change reloads the list, as does the subscription's first event (no job: it is in place). */
function FleetJobsTable() {
  const list = useListState();
  const variables = { status: (list.get("status") || null) as FleetJobStatus | null, action: (list.get("action") || null) as FleetAction | null, orderBy: list.sort as FleetJobOrder | null };
  const [jobs, refetchJobs] = useQuery({ query: FleetJobsQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  useSubscription({ query: FleetJobUpdatesSubscription, variables: { id: null } }, (_p, ev) => { if (ev.fleetJobUpdates.jobStatus || !ev.fleetJobUpdates.jobId) refetchJobs({ requestPolicy: "network-only" }); return ev; });
  const conn = jobs.data?.fleetJobs;
  return (
    <div className="card stack" data-testid="fleet-jobs">
      <div className="spread">
        <h3>Fleet jobs</h3>
        <div className="row"><CsvButton filename="fleet-jobs.csv" columns={JOB_COLUMNS} query={FleetJobsQuery} variables={variables} pick={(d) => d.fleetJobs} /></div>
      </div>
      <div className="row">
        <ListSelect list={list} name="status" label="Status" options={JOB_STATUSES} anyLabel="any" show={(x) => x.toLowerCase().replace("_", " ")} />
        <label className="field">Command
          <select name="jobAction" value={list.get("action")} onChange={(e) => list.set({ action: e.target.value })}>
            <option value="">any</option>{ACTIONS.map(([label, value]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </label>
      </div>
      <ErrorBox error={jobs.error} what="Fleet jobs" />
      <DataTable rows={conn?.nodes} rowKey={(j) => j.id} loading={jobs.fetching} error={jobs.error} empty="No fleet jobs." caption="Fleet jobs"
        rowHref={(j) => `/fleet/${encodeURIComponent(j.id)}`} linkColumn="a" sort={list.sort} onSort={list.toggleSort} columns={JOB_COLUMNS} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
    </div>
  );
}

export function FleetJobPage() {
  const id = decodeURIComponent(useParams().id ?? "");
  const [{ data, error, fetching }, refetch] = useQuery({ query: FleetJobQuery, variables: { id } });
  useSubscription({ query: FleetJobUpdatesSubscription, variables: { id } }, (_p, ev) => { refetch({ requestPolicy: "network-only" }); return ev; });
  const [, go] = useMutation(ContinueFleetJobMutation);
  const [, cancel] = useMutation(CancelFleetJobMutation);
  const [msg, setMsg] = useState<string | null>(null);
  const job = data?.fleetJob;
  const targets = useMemo(() => job?.targets ?? [], [job]);
  const counts = (job?.counts ?? {}) as Record<string, number>;
  const done = targets.filter((t) => progressOf(job?.action ?? "", t.status) === 100).length;
  const act = async (what: "go" | "cancel") => {
    const r = what === "go" ? await go({ id }) : await cancel({ id });
    const p = what === "go" ? (r.data as { continueFleetJob?: { errors: Array<{ message: string }> } } | undefined)?.continueFleetJob : (r.data as { cancelFleetJob?: { errors: Array<{ message: string }> } } | undefined)?.cancelFleetJob;
    setMsg(describeError(r.error)?.message ?? userErrorsText(p?.errors) ?? null);
    refetch({ requestPolicy: "network-only" });
  };
  return (
    <div className="stack">
      <PageHeader title={job ? `Fleet job: ${job.action}` : "Fleet job"}>
        <Link to="/fleet"><button>All fleet jobs</button></Link>
        {job && job.stageSize && job.stage === 1 && (job.status === "running" || job.status === "awaiting_go") && <button className="primary" onClick={() => act("go")} data-testid="fleet-go">Go: send stage 2</button>}
        {job && (job.status === "running" || job.status === "awaiting_go") && <button className="danger" onClick={() => act("cancel")}>Cancel</button>}
      </PageHeader>
      <ErrorBox error={error} what="Fleet job" />
      {msg && <div className="alert error">{msg}</div>}
      {fetching && !data && <div className="muted">Loading…</div>}
      {job && (
        <div className="card stack">
          <div className="row">
            Status: <Badge value={job.status} kind={job.status === "failed" ? "err" : job.status === "completed" ? "ok" : "busy"} />
            <span data-testid="fleet-stage">{job.stageSize ? `Stage ${job.stage} of 2 (first ${job.stageSize} charger${job.stageSize > 1 ? "s" : ""}${job.autoContinue ? ", then the rest automatically" : ", then the rest on your go"})` : "One stage"}</span>
            <span className="muted small">Started {dateTime(job.createdAt)}{job.finishedAt ? `, finished ${dateTime(job.finishedAt)}` : ""}</span>
          </div>
          <div className="row small" data-testid="fleet-counts">
            <b>{done} / {job.total} done</b>
            {Object.entries(counts).map(([k, n]) => <span key={k}><Badge value={k} kind={tone(k)} /> {n}</span>)}
          </div>
          <ProgressBar value={job.total ? Math.round((done * 100) / job.total) : 0} kind="total" label="Whole job" />
          <code className="small">{JSON.stringify(job.payload)}</code>
        </div>
      )}
      {job && (
        <div className="card">
          <DataTable<Target> rows={targets} rowKey={(t) => t.id} empty="No chargers."
            columns={[
              { key: "cp", title: "Charger", render: (t) => <Link to={`/chargers/${encodeURIComponent(t.chargePointId)}`}>{t.chargePointId}</Link> },
              { key: "st", title: "Stage", render: (t) => t.stage },
              { key: "p", title: "Progress", render: (t) => <div style={{ minWidth: 180 }} data-testid={`progress-${t.chargePointId}`}><ProgressBar value={progressOf(job.action, t.status)} kind={tone(t.status)} label={`${t.chargePointId} ${t.status}`} /></div> },
              { key: "s", title: "Status", render: (t) => <span data-testid={`status-${t.chargePointId}`}><Badge value={t.status} kind={tone(t.status)} /></span> },
              { key: "a", title: "Answer / error", render: (t) => <span className="small">{t.error ?? answerText(t.answer)}</span> },
              { key: "l", title: "Latency", render: (t) => (t.latencyMs != null ? `${t.latencyMs} ms` : "") },
              { key: "h", title: "Firmware steps", render: (t) => <span className="small">{((t.firmwareHistory as Array<{ status: string }> | null) ?? []).map((h) => h.status).join(" → ")}</span> },
              { key: "u", title: "Updated", render: (t) => <span className="small">{dateTime(t.updatedAt)}</span> },
            ]} />
        </div>
      )}
    </div>
  );
}
