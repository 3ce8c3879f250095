import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { AuditActorsQuery, AuditLogQuery } from "../ops/audit";
import type { AdminAuditLogQuery, AuditOrder } from "../gql/graphql";
import { DataTable, PageHeader, Pager, type Column } from "../components/ui";
import { CsvButton, dayBound, useListState } from "../components/listing";
import { dateTime } from "../lib/format";

type Entry = AdminAuditLogQuery["auditLog"]["nodes"][number];

/** Areas of the action names (`charger.approve` is in `charger.`). */
const AREAS: Array<[string, string]> = [
  ["user.", "Users"], ["wallet.", "Wallets"], ["charger.", "Chargers"], ["tariff.", "Tariffs"],
  ["membership_plan.", "Membership plans"], ["reward_item.", "Rewards"], ["settings.", "Settings"],
  ["fault.", "Faults"], ["maintenance.", "Maintenance"], ["support.", "Support"], ["api_key.", "API keys"],
];
const TARGET_TYPES = ["User", "Charger", "Tariff", "MembershipPlan", "RewardItem", "PlatformSettings", "Fault", "MaintenanceRecord", "SupportMessage", "ApiKey"];

/** `details` as short `key: value` text (long values cut). */
export function detailsText(details: unknown): string {
  if (details == null) return "";
  if (typeof details !== "object") return String(details);
  return Object.entries(details as Record<string, unknown>).map(([k, v]) => {
    const text = Array.isArray(v) && v.length === 2 ? `${JSON.stringify(v[0])} → ${JSON.stringify(v[1])}` : JSON.stringify(v);
    return `${k}: ${text && text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
  }).join(" · ");
}

function Target({ e }: { e: Entry }) {
  if (!e.targetType) return <span className="muted">—</span>;
  if (e.targetType === "User" && e.targetId) return <Link to={`/users/${encodeURIComponent(e.targetId)}`}>User</Link>;
  return <span>{e.targetType}</span>;
}

const COLUMNS: Column<Entry>[] = [
  { key: "t", title: "When", sort: "CREATED_AT", render: (e) => <span className="small">{dateTime(e.createdAt)}</span>, csv: (e) => e.createdAt },
  { key: "a", title: "Who", render: (e) => e.actor ? <Link to={`/users/${encodeURIComponent(e.actor.id)}`}>{e.actor.email ?? e.actor.name}</Link> : <span className="muted">deleted user</span>,
    csv: (e) => e.actor?.email ?? e.actor?.name ?? "deleted user" },
  { key: "x", title: "Action", sort: "ACTION", render: (e) => <code data-testid="audit-action">{e.action}</code>, csv: (e) => e.action },
  { key: "g", title: "Target", sort: "TARGET_TYPE", render: (e) => <Target e={e} />, csv: (e) => e.targetType },
  { key: "d", title: "Details", render: (e) => <span className="small muted audit-details">{detailsText(e.details)}</span>, csv: (e) => JSON.stringify(e.details ?? null) },
];

export function AuditLogPage() {
  const list = useListState();
  const filter = {
    actorId: list.get("who") || null, action: list.get("area") || null, targetType: list.get("target") || null,
    from: dayBound(list.get("from")), to: dayBound(list.get("to"), true),
  };
  const variables = { filter, orderBy: list.sort as AuditOrder | null };
  const [{ data, error, fetching }] = useQuery({ query: AuditLogQuery, variables: { ...variables, first: list.pageSize, after: list.after }, requestPolicy: "cache-and-network" });
  const [{ data: actors }] = useQuery({ query: AuditActorsQuery });
  const conn = data?.auditLog;
  const set = (name: string) => (e: { target: { value: string } }) => list.set({ [name]: e.target.value });
  return (
    <div>
      <PageHeader title="Audit log">
        <CsvButton filename="audit-log.csv" columns={COLUMNS} query={AuditLogQuery} variables={variables} pick={(d) => d.auditLog} />
      </PageHeader>
      <p className="muted small">Every change made by operators, recorded with the change itself. OCPP commands are in the operations history.</p>
      <div className="row" style={{ marginBottom: 12 }} data-testid="audit-filters">
        <select aria-label="Who" value={list.get("who")} onChange={set("who")} data-testid="audit-actor">
          <option value="">Anyone</option>
          {(actors?.users.nodes ?? []).map((u) => <option key={u.id} value={u.id}>{u.email ?? u.name}</option>)}
        </select>
        <select aria-label="Area" value={list.get("area")} onChange={set("area")} data-testid="audit-area">
          <option value="">Any action</option>
          {AREAS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
        <select aria-label="Target type" value={list.get("target")} onChange={set("target")}>
          <option value="">Any target</option>
          {TARGET_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <label className="field inline">From <input type="date" value={list.get("from")} onChange={set("from")} /></label>
        <label className="field inline">To <input type="date" value={list.get("to")} onChange={set("to")} /></label>
      </div>
      <DataTable<Entry> rows={conn?.nodes} loading={fetching} error={error} caption="Audit log" rowKey={(e) => e.id} empty="No entries."
        sort={list.sort} onSort={list.toggleSort} columns={COLUMNS} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
    </div>
  );
}
