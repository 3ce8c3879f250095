import { useEffect, useMemo, useState } from "react";
import { useQuery, useSubscription } from "urql";
import type { AdminSiteLoadAllocationSubscription, LoadChangeReason } from "../gql/graphql";
import { SiteLoadAllocationSubscription, SiteLoadHistoryQuery, SiteLoadQuery } from "../ops/load";
import { COLORS, TimeLineChart, type Series } from "./Charts";
import { ErrorBox } from "./ui";

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
};

/** The chargers' line colours: the palette without its red, which is the main supply's. */
const LINE_COLORS = COLORS.filter((c) => c !== "#FF4444");

/** The most points the live chart keeps (the oldest go first). */
const MAX_POINTS = 120;

/** One chart point of an allocation: each charger's limit and what it draws, and the main supply's limit. */
export function pointOf(a: Pick<Allocation, "at" | "supplyLimitA" | "shares">): Point {
  const p: Point = { t: a.at ? new Date(String(a.at)).toLocaleTimeString() : "", supply: a.supplyLimitA ?? null };
  for (const s of a.shares) {
    const key = `${s.chargePointId}/${s.connectorId}`;
    p[`${key} limit`] = s.limitA;
    p[`${key} drawn`] = s.drawnA ?? null;
  }
  return p;
}

function amps(x: number | null | undefined): string {
  return x === null || x === undefined ? "–" : `${x} A`;
}

/** A site's allocation as it goes: a live chart of each charger's limit and actual current against the
 * main supply's limit, and the history of the limits sent and why they changed (newest first). */
export function SiteLoadActivity({ siteId }: { siteId: string }) {
  const [{ data }] = useQuery({ query: SiteLoadQuery, variables: { siteId } });
  const [points, setPoints] = useState<Point[]>([]);
  const [keys, setKeys] = useState<string[]>([]);
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

  const series: Series[] = useMemo(() => [
    { key: "supply", name: "Main supply limit (A)", color: "#FF4444" },
    ...keys.flatMap((k, i) => [
      { key: `${k} limit`, name: `${k} limit (A)`, color: LINE_COLORS[(2 * i) % LINE_COLORS.length] },
      { key: `${k} drawn`, name: `${k} drawn (A)`, color: LINE_COLORS[(2 * i + 1) % LINE_COLORS.length] },
    ]),
  ], [keys]);
  const rows = history.data?.siteLoadHistory.nodes ?? [];

  return (
    <div className="card stack" data-testid="site-load-activity">
      <h3>Allocation now</h3>
      {current && current.shares.length > 0 ? (
        <table className="table" data-testid="load-now">
          <thead><tr><th>Charger</th><th>Limit</th><th>Drawing</th><th>State</th></tr></thead>
          <tbody>{current.shares.map((s) => (
            <tr key={s.transactionId} data-testid="load-now-row">
              <td>{s.chargePointId} #{s.connectorId}</td><td>{amps(s.limitA)}</td><td>{amps(s.drawnA)}</td><td>{s.state}</td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p className="muted">No session charging on this site.</p>}
      <p className="muted" data-testid="supply-limit">Main supply limit now: {amps(current?.supplyLimitA)}</p>
      <TimeLineChart testId="load-chart" data={points} xKey="t" series={series} />
      <h3>Allocation history</h3>
      <ErrorBox error={history.error} what="Allocation history" />
      {rows.length ? (
        <table className="table" data-testid="load-history">
          <thead><tr><th>When</th><th>Charger</th><th>Limit</th><th>Why</th></tr></thead>
          <tbody>{rows.map((r) => (
            <tr key={r.id} data-testid="load-history-row">
              <td>{new Date(String(r.at)).toLocaleString()}</td>
              <td>{r.chargePointId ?? "(removed)"} #{r.connectorId}</td>
              <td>{amps(r.oldLimitA)} → {amps(r.newLimitA)}{r.unit === "W" ? " (sent in W)" : ""}</td>
              <td>{REASON_WORDS[r.reason]}</td>
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
