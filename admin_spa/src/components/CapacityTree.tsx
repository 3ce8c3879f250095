import { useState } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import type { AdminSiteLoadQuery, CapacityNodeKind } from "../gql/graphql";
import { AddCapacityNodeMutation, RemoveCapacityNodeMutation, SiteLoadAllocationSubscription, SiteLoadQuery } from "../ops/load";
import { describeError, userErrorsText } from "../lib/errors";
import { ErrorBox, Notice } from "./ui";

type LoadNode = AdminSiteLoadQuery["siteLoad"]["nodes"][number];
type Share = AdminSiteLoadQuery["siteLoad"]["allocation"]["shares"][number];
type ChargerRow = { id: string; chargePointId: string };

const KINDS: CapacityNodeKind[] = ["SUPPLY", "CIRCUIT", "CHARGER", "CONNECTOR"];

function limits(n: LoadNode): string {
  const l = [n.limitL1A, n.limitL2A, n.limitL3A];
  if (l.every((x) => x === null || x === undefined)) return "no limit";
  if (l[0] === l[1] && l[1] === l[2]) return `${l[0]} A per phase`;
  return l.map((x, i) => `L${i + 1} ${x ?? "–"} A`).join(" · ");
}

/** The chargers' current limits below a node (amperes per phase, the largest share of each). */
function drawnBelow(node: LoadNode, nodes: LoadNode[], byCharger: Map<string, Share[]>, chargers: ChargerRow[]): number {
  const cpid = chargers.find((c) => c.id === node.chargerId)?.chargePointId;
  const own = node.kind === "CHARGER" && cpid ? (byCharger.get(cpid) ?? []).reduce((a, s) => a + s.limitA, 0) : 0;
  return own + nodes.filter((c) => c.parentId === node.id && c.kind !== "CONNECTOR").reduce((a, c) => a + drawnBelow(c, nodes, byCharger, chargers), 0);
}

function NodeItem({ node, nodes, byCharger, chargers, onRemove }: {
  node: LoadNode; nodes: LoadNode[]; byCharger: Map<string, Share[]>; chargers: ChargerRow[]; onRemove: (id: string) => void;
}) {
  const children = nodes.filter((c) => c.parentId === node.id);
  const cpid = chargers.find((c) => c.id === node.chargerId)?.chargePointId;
  const shares = cpid ? byCharger.get(cpid) ?? [] : [];
  return (
    <li data-testid="capacity-node">
      <strong>{node.name}</strong> <span className="muted">{node.kind.toLowerCase()} · {limits(node)}
        {node.windowFrom != null && ` · ${node.windowLimitA} A from ${String(node.windowFrom).slice(0, 5)} to ${String(node.windowTo).slice(0, 5)}`}
        {node.phaseRotation && ` · rotation ${node.phaseRotation}`}</span>
      {node.kind !== "CONNECTOR" && <span className="muted"> · in use {drawnBelow(node, nodes, byCharger, chargers)} A</span>}
      {shares.map((s) => <span key={s.transactionId} className="muted"> · session {s.transactionId}: {s.state === "paused" ? "paused" : `${s.limitA} A`}</span>)}
      {node.rejectsProfiles && <span className="badge warn"> takes no profiles</span>}
      {" "}<button type="button" className="link" onClick={() => onRemove(node.id)} aria-label={`Remove ${node.name}`}>Remove</button>
      {children.length > 0 && <ul>{children.map((c) => <NodeItem key={c.id} node={c} nodes={nodes} byCharger={byCharger} chargers={chargers} onRemove={onRemove} />)}</ul>}
    </li>
  );
}

/** A site's capacity tree, editable, with each charger's limit now (live, from the allocation). */
export function CapacityTree({ siteId, chargers }: { siteId: string; chargers: ChargerRow[] }) {
  const [{ data, error }, refetch] = useQuery({ query: SiteLoadQuery, variables: { siteId }, requestPolicy: "network-only" });
  const [live] = useSubscription({ query: SiteLoadAllocationSubscription, variables: { siteId } });
  const [, add] = useMutation(AddCapacityNodeMutation);
  const [, remove] = useMutation(RemoveCapacityNodeMutation);
  const [form, setForm] = useState({ kind: "SUPPLY" as CapacityNodeKind, name: "", parentId: "", chargerId: "", limit: "" });
  const [err, setErr] = useState<string | null>(null);
  const load = data?.siteLoad;
  const nodes = load?.nodes ?? [];
  const shares: Share[] = live.data?.siteLoadAllocation.shares ?? load?.allocation.shares ?? [];
  const byCharger = new Map<string, Share[]>();
  for (const s of shares) byCharger.set(s.chargePointId, [...(byCharger.get(s.chargePointId) ?? []), s]);
  const roots = nodes.filter((n) => !n.parentId);
  const reload = () => refetch({ requestPolicy: "network-only" });
  const onRemove = async (id: string) => {
    const r = await remove({ id });
    const m = describeError(r.error)?.message ?? userErrorsText(r.data?.removeCapacityNode.errors);
    setErr(m ?? null);
    reload();
  };
  return (
    <div className="card stack" data-testid="capacity-tree">
      <h3>Load management</h3>
      <ErrorBox error={error} what="Load management" />
      {load?.warning && <Notice kind="warn">{load.warning}</Notice>}
      {load?.meterError && <Notice kind="warn">Building meter: {load.meterError}</Notice>}
      {roots.length ? <ul>{roots.map((n) => <NodeItem key={n.id} node={n} nodes={nodes} byCharger={byCharger} chargers={chargers} onRemove={onRemove} />)}</ul>
        : <p className="muted">No capacity tree: the chargers here are not load managed. Start with the main supply.</p>}
      <form className="row" onSubmit={async (e) => {
        e.preventDefault();
        const amps = form.limit.trim() ? Number(form.limit) : null;
        const r = await add({ input: {
          siteId, kind: form.kind, name: form.name, parentId: form.parentId || null, chargerId: form.chargerId || null,
          limitL1A: amps, limitL2A: amps, limitL3A: amps,
        } });
        const m = describeError(r.error)?.message ?? userErrorsText(r.data?.addCapacityNode.errors);
        setErr(m ?? null);
        if (!m) { setForm((f) => ({ ...f, name: "", limit: "" })); reload(); }
      }}>
        <label htmlFor="node-kind">Kind<select id="node-kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as CapacityNodeKind })}>
          {KINDS.map((k) => <option key={k} value={k}>{k.toLowerCase()}</option>)}</select></label>
        <label htmlFor="node-name">Name<input id="node-name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} /></label>
        <label htmlFor="node-parent">Under<select id="node-parent" value={form.parentId} onChange={(e) => setForm({ ...form, parentId: e.target.value })}>
          <option value="">(the root)</option>{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</select></label>
        <label htmlFor="node-charger">Charger<select id="node-charger" value={form.chargerId} onChange={(e) => setForm({ ...form, chargerId: e.target.value })}>
          <option value="">—</option>{chargers.map((c) => <option key={c.id} value={c.id}>{c.chargePointId}</option>)}</select></label>
        <label htmlFor="node-limit">Limit (A per phase)<input id="node-limit" inputMode="numeric" value={form.limit} onChange={(e) => setForm({ ...form, limit: e.target.value })} /></label>
        <button type="submit" className="primary">Add</button>
      </form>
      {err && <div className="alert error" role="alert">{err}</div>}
    </div>
  );
}
