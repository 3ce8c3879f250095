import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { AuditActorsQuery, AuditLogQuery } from "../ops/audit";
import type { AdminAuditLogQuery } from "../gql/graphql";
import { DataTable, ErrorBox, PageHeader, Pager } from "../components/ui";
import { usePaged } from "../components/usePaged";
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

export function AuditLogPage() {
  const [actorId, setActorId] = useState("");
  const [area, setArea] = useState("");
  const [targetType, setTargetType] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const paged = usePaged();
  const filter = {
    actorId: actorId || null, action: area || null, targetType: targetType || null,
    from: from ? new Date(from + "T00:00:00").toISOString() : null, to: to ? new Date(to + "T23:59:59.999").toISOString() : null,
  };
  const [{ data, error }] = useQuery({ query: AuditLogQuery, variables: { first: 50, after: paged.after, filter }, requestPolicy: "cache-and-network" });
  const [{ data: actors }] = useQuery({ query: AuditActorsQuery });
  const conn = data?.auditLog;
  const set = (fn: (v: string) => void) => (e: { target: { value: string } }) => { fn(e.target.value); paged.reset(); };
  return (
    <div>
      <PageHeader title="Audit log" />
      <p className="muted small">Every change made by operators, recorded with the change itself. OCPP commands are in the operations history.</p>
      <div className="row" style={{ marginBottom: 12 }} data-testid="audit-filters">
        <select aria-label="Who" value={actorId} onChange={set(setActorId)} data-testid="audit-actor">
          <option value="">Anyone</option>
          {(actors?.users.nodes ?? []).map((u) => <option key={u.id} value={u.id}>{u.email ?? u.name}</option>)}
        </select>
        <select aria-label="Area" value={area} onChange={set(setArea)} data-testid="audit-area">
          <option value="">Any action</option>
          {AREAS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select>
        <select aria-label="Target type" value={targetType} onChange={set(setTargetType)}>
          <option value="">Any target</option>
          {TARGET_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
        <label className="field inline">From <input type="date" value={from} onChange={set(setFrom)} /></label>
        <label className="field inline">To <input type="date" value={to} onChange={set(setTo)} /></label>
      </div>
      <ErrorBox error={error} what="Audit log" />
      <DataTable<Entry> rows={conn?.nodes} rowKey={(e) => e.id} empty="No entries." columns={[
        { key: "t", title: "When", render: (e) => <span className="small">{dateTime(e.createdAt)}</span> },
        { key: "a", title: "Who", render: (e) => e.actor ? <Link to={`/users/${encodeURIComponent(e.actor.id)}`}>{e.actor.email ?? e.actor.name}</Link> : <span className="muted">deleted user</span> },
        { key: "x", title: "Action", render: (e) => <code data-testid="audit-action">{e.action}</code> },
        { key: "g", title: "Target", render: (e) => <Target e={e} /> },
        { key: "d", title: "Details", render: (e) => <span className="small muted audit-details">{detailsText(e.details)}</span> },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
    </div>
  );
}
