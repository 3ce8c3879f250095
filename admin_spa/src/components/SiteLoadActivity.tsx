import { useEffect, useMemo, useState } from "react";
import { useQuery, useSubscription } from "urql";
import type { AdminSiteLoadAllocationSubscription, LoadChangeAnswer, LoadChangeReason } from "../gql/graphql";
import { SiteLoadAllocationSubscription, SiteLoadHistoryQuery, SiteLoadQuery } from "../ops/load";
import { COLORS, TimeLineChart, type Series } from "./Charts";
import { Badge, ErrorBox } from "./ui";

type Allocation = AdminSiteLoadAllocationSubscription["siteLoadAllocation"];
type Point = Record<string, number | string | null>;

/** Why a charger's limit changed, in words. */
export const REASON_WORDS: Record<LoadChangeReason, string> = {
  REJECTED: "charger rejected a profile",
  LIMIT_CHANGE: "limit or settings changed",
  SESSION_STARTED: "session started",
  SESSION_STOPPED: "session stopped",
  UNUSED_CAPACITY: "unused capacity redistributed",
  SCHEDULE: "schedule",
  METER_READING: "meter reading",
  STATUS_CHANGE: "status change",
  FAILSAFE: "failsafe when the charger booted",
};

/** The charger's answer to a limit, in words; only an accepted limit is in force. */
export const ANSWER_WORDS: Record<LoadChangeAnswer, string> = {
  PENDING: "awaiting answer",
  ACCEPTED: "accepted",
  REJECTED: "rejected by the charger",
  TIMEOUT: "no answer in time",
  OFFLINE: "charger offline",
  FAILED: "failed",
};

/** A node's lines: its limit (red), its sessions' limits in force and what they draw. */
const NODE_COLORS = { limit: "#FF4444", inForce: "#FFA500", drawn: "#00FF88" };
/** The chargers' line colours: the palette without the node's, and a few more. */
const LINE_COLORS = [...COLORS.filter((c) => !Object.values(NODE_COLORS).includes(c)), "#FF77C8", "#7FDBFF", "#E6D35A", "#C9A27E"];

/** The most points the live chart keeps (the oldest go first). */
const MAX_POINTS = 120;

/** One chart point of an allocation: each charger's limit in force and what it draws, and each capacity
 * node's limit, the sum of its sessions' limits in force and of what they draw. */
export function pointOf(a: Pick<Allocation, "at" | "supplyLimitA" | "shares" | "nodes">): Point {
  const p: Point = { t: a.at ? new Date(String(a.at)).toLocaleTimeString() : "", supply: a.supplyLimitA ?? null };
  for (const s of a.shares) {
    const key = `${s.chargePointId}/${s.connectorId}`;
    p[`${key} limit`] = s.limitA;
    p[`${key} drawn`] = s.drawnA ?? null;
  }
  for (const n of a.nodes) {
    p[`node ${n.nodeId} limit`] = n.limitA ?? null;
    p[`node ${n.nodeId} in force`] = n.inForceA;
    p[`node ${n.nodeId} drawn`] = n.drawnA;
  }
  return p;
}

/** The chart's lines for a node: its limit, the sums below it, and each charger below it. */
export function seriesOf(node: NodeUse | undefined, chargers: string[]): Series[] {
  if (!node) return [];
  const id = node.nodeId;
  return [
    { key: `node ${id} limit`, name: `${node.name} limit (A)`, color: NODE_COLORS.limit },
    { key: `node ${id} in force`, name: `${node.name} limits in force, sum (A)`, color: NODE_COLORS.inForce },
    { key: `node ${id} drawn`, name: `${node.name} drawn, sum (A)`, color: NODE_COLORS.drawn },
    ...chargers.flatMap((k, i) => [
      { key: `${k} limit`, name: `${k} limit (A)`, color: LINE_COLORS[(2 * i) % LINE_COLORS.length] },
      { key: `${k} drawn`, name: `${k} drawn (A)`, color: LINE_COLORS[(2 * i + 1) % LINE_COLORS.length] },
    ]),
  ];
}

type NodeUse = Allocation["nodes"][number];

/** The nodes in tree order (each followed by the nodes below it), with their depth. */
export function treeOrder(nodes: NodeUse[]): { node: NodeUse; depth: number }[] {
  const ids = new Set(nodes.map((n) => n.nodeId));
  const out: { node: NodeUse; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const n of nodes) {
      const p = n.parentId !== null && n.parentId !== undefined && ids.has(n.parentId) ? n.parentId : null;
      if (p === parent && !out.some((o) => o.node.nodeId === n.nodeId)) {
        out.push({ node: n, depth });
        visit(n.nodeId, depth + 1);
      }
    }
  };
  visit(null, 0);
  return out;
}

function amps(x: number | null | undefined): string {
  return x === null || x === undefined ? "–" : `${x} A`;
}

/** A site's allocation as it goes: each capacity node's limit against what its sessions have in force
 * and draw, a live chart of the node chosen (its limit, those sums, each charger below it), and the
 * history of the limits sent, why and the charger's answer (newest first). */
export function SiteLoadActivity({ siteId }: { siteId: string }) {
  const [{ data }] = useQuery({ query: SiteLoadQuery, variables: { siteId } });
  const [points, setPoints] = useState<Point[]>([]);
  const [keys, setKeys] = useState<string[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [live] = useSubscription({ query: SiteLoadAllocationSubscription, variables: { siteId } });
  const [history, refetchHistory] = useQuery({ query: SiteLoadHistoryQuery, variables: { siteId, first: 20 }, requestPolicy: "network-only" });
  const current: Allocation | undefined = live.data?.siteLoadAllocation ?? data?.siteLoad.allocation;

  useEffect(() => {
    if (!current || !current.at) return;
    setPoints((ps) => (ps.length && ps[ps.length - 1].at === current.at ? ps : [...ps, { ...pointOf(current), at: String(current.at) }].slice(-MAX_POINTS)));
    setKeys((ks) => {
      const add = current.shares.map((s) => `${s.chargePointId}/${s.connectorId}`).filter((k) => !ks.includes(k));
      return add.length ? [...ks, ...add] : ks;
    });
  }, [current]);
  useEffect(() => {
    if (live.data) refetchHistory({ requestPolicy: "network-only" });
  }, [live.data, refetchHistory]);

  const nodes = useMemo(() => treeOrder(current?.nodes ?? []), [current]);
  const node = (nodes.find((o) => o.node.nodeId === picked) ?? nodes[0])?.node;
  const series: Series[] = useMemo(() => {
    const below = new Set(node?.transactionIds ?? []);
    const chargers = (current?.shares ?? []).filter((s) => below.has(s.transactionId)).map((s) => `${s.chargePointId}/${s.connectorId}`);
    return seriesOf(node, keys.filter((k) => chargers.includes(k)));
  }, [node, keys, current]);
  const rows = history.data?.siteLoadHistory.nodes ?? [];

  return (
    <div className="card stack" data-testid="site-load-activity">
      <h3>Allocation now</h3>
      {current && current.shares.length > 0 ? (
        <table className="table" data-testid="load-now">
          <thead><tr><th>Charger</th><th>Limit in force</th><th>Drawing</th><th>State</th></tr></thead>
          <tbody>{current.shares.map((s) => (
            <tr key={s.transactionId} data-testid="load-now-row">
              <td>{s.chargePointId} #{s.connectorId}</td>
              <td>{amps(s.limitA)}{s.targetA !== null && s.targetA !== undefined && s.targetA !== s.limitA ? ` (${amps(s.targetA)} sent, not accepted)` : ""}</td>
              <td>{amps(s.drawnA)}</td><td>{s.state}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p className="muted">No session charging on this site.</p>}
      <p className="muted" data-testid="supply-limit">Main supply limit now: {amps(current?.supplyLimitA)}</p>
      {nodes.length > 0 && (
        <table className="table" data-testid="load-nodes">
          <thead><tr><th>Capacity node</th><th>Limit now</th><th>Limits in force, sum</th><th>Drawing, sum</th></tr></thead>
          <tbody>{nodes.map(({ node: n, depth }) => (
            <tr key={n.nodeId} data-testid="load-node-row">
              <td style={{ paddingLeft: `${0.75 + 1.25 * depth}rem` }}><button type="button" className="linkish" aria-pressed={n.nodeId === node?.nodeId} style={n.nodeId === node?.nodeId ? { fontWeight: 700, color: "var(--green)" } : undefined} onClick={() => setPicked(n.nodeId)}>{n.name}</button> <span className="muted">{n.kind.toLowerCase()}</span></td>
              <td>{amps(n.limitA)}</td><td>{amps(n.inForceA)}</td><td>{amps(n.drawnA)}</td>
            </tr>
          ))}</tbody>
        </table>
      )}
      {nodes.length > 0 && (
        <label className="row">Chart of
          <select data-testid="load-node-select" value={node?.nodeId ?? ""} onChange={(e) => setPicked(e.target.value)}>
            {nodes.map(({ node: n }) => <option key={n.nodeId} value={n.nodeId}>{n.name} ({n.kind.toLowerCase()})</option>)}
          </select>
        </label>
      )}
      <TimeLineChart testId="load-chart" data={points} xKey="t" series={series} />
      <h3>Allocation history</h3>
      <ErrorBox error={history.error} what="Allocation history" />
      {rows.length ? (
        <table className="table" data-testid="load-history">
          <thead><tr><th>When</th><th>Charger</th><th>Limit</th><th>Why</th><th>Charger's answer</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.id} data-testid="load-history-row">
              <td>{new Date(String(r.at)).toLocaleString()}</td>
              <td>{r.chargePointId ?? "(removed)"} #{r.connectorId}</td>
              <td>{amps(r.oldLimitA)} → {amps(r.newLimitA)}{r.unit === "W" ? " (sent in W)" : ""}</td>
              <td>{REASON_WORDS[r.reason]}</td>
              <td>{r.answer ? <Badge value={ANSWER_WORDS[r.answer]} kind={r.answer === "ACCEPTED" ? "ok" : r.answer === "PENDING" ? "warn" : "err"} /> : "–"}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p className="muted">No limits sent yet.</p>}
      {history.data && history.data.siteLoadHistory.totalCount > rows.length && (
        <p className="muted">Showing the newest {rows.length} of {history.data.siteLoadHistory.totalCount}.</p>
      )}
    </div>
  );
}
