import { useLocale, useT } from "../lib/i18n";
import { useEffect, useState } from "react";
import { Link, Navigate, useNavigate, useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { mergePoints, pointAt, PowerChart, type Point } from "../components/PowerChart";
import { PushOffer } from "../components/PushOffer";
import { Loading, Notice, Page, StatusPill, KeptAge, useNow } from "../components/ui";
import { savedAt } from "../lib/offline";
import { describeError, firstUserError } from "../lib/client";
import { ago, dateTime, duration, kw, kwh, money, receiptLineQuantity, unitPrice } from "../lib/format";
import { remembered } from "../lib/session";
import { useOffline } from "../lib/online";
import {
  ActiveSessionDocument,
  ChargingSessionQueryDocument,
  type ChargingSessionQueryQuery,
  SessionChartDocument,
  SessionHistoryDocument,
  SessionProgressDocument,
  SessionReceiptDocument,
  SessionSiteLimitDocument,
  StopChargingDocument,
} from "../gql/graphql";
import { furthestSessionStatus, norm } from "../graphql/types";

const chartKey = (id: string) => `plagsini.chart.${id}`;

function loadPoints(id: string): Point[] {
  try {
    return JSON.parse(sessionStorage.getItem(chartKey(id)) ?? "[]") as Point[];
  } catch {
    return [];
  }
}

/** Keeps the chart's points for this tab, so a reload draws them before the server answers. */
function remember(id: string, points: Point[]): Point[] {
  sessionStorage.setItem(chartKey(id), JSON.stringify(points));
  return points;
}

function FindActive() {
  const [res] = useQuery({ query: ActiveSessionDocument, requestPolicy: "network-only" });
  const saved = remembered.session();
  const t = useT();
  if (res.fetching && !res.data) return <Page title={t("live.title")}><Loading label={t("live.looking")} /></Page>;
  const s = res.data?.activeSession;
  if (s) return <Navigate to={`/charging/${s.id}`} replace />;
  if (res.error && saved) return <Navigate to={`/charging/${saved}`} replace />;
  return (
    <Page title={t("live.title")}>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <KeptAge at={savedAt(res)} />
      <div className="card">
        <p>{t("live.none")}</p>
        <Link className="btn" to="/scan">{t("live.scan")}</Link>
      </div>
    </Page>
  );
}

export function LiveCharging() {
  const { sessionId } = useParams();
  if (!sessionId) return <FindActive />;
  return <LiveSession key={sessionId} id={sessionId} />;
}

function LiveSession({ id }: { id: string }) {
  const navigate = useNavigate();
  const now = useNow();
  const [q, requery] = useQuery({ query: ChargingSessionQueryDocument, variables: { id }, requestPolicy: "network-only" });
  const [sub] = useSubscription({ query: SessionProgressDocument, variables: { sessionId: id } });
  const [siteLimit] = useSubscription({ query: SessionSiteLimitDocument, variables: { sessionId: id } });
  const [points, setPoints] = useState<Point[]>(() => loadPoints(id));
  // The readings before this screen opened (another device, the app reopened), read once; the
  // subscription adds the ones that follow.
  const [chart] = useQuery({ query: SessionChartDocument, variables: { id }, requestPolicy: "network-only" });
  const [stopError, setStopError] = useState<string | null>(null);
  const [stopping, setStopping] = useState(false);
  const [, stop] = useMutation(StopChargingDocument);
  const t = useT();

  const session = q.data?.chargingSession;
  const p = sub.data?.sessionProgress;
  // The subscription and the (re-)queried session each may lag the other (a missed or late event, a
  // slower query): show the furthest status and the larger meter reading of the two.
  const status = furthestSessionStatus(p?.status, session?.status);
  const energyWh = p?.energyWh !== undefined || session?.energyWh !== undefined ? Math.max(p?.energyWh ?? 0, session?.energyWh ?? 0) : null;
  const energy = energyWh === null ? null : energyWh / 1000;
  const power = p?.powerW !== null && p?.powerW !== undefined ? p.powerW / 1000 : null;
  // The event's cost is the billed one; the running cost is priced by the server on each reading.
  const eventCost = p?.costSoFar !== null && p?.costSoFar !== undefined && Number(p.costSoFar) > 0 ? { amount: p.costSoFar, currency: p.currency } : null;
  const cost = eventCost ?? session?.costSoFar ?? session?.cost ?? null;
  const reading = p?.energyWh;
  // When the last reading reached this phone: each subscription event, else the last fresh query.
  const [readingAt, setReadingAt] = useState<number | null>(null);
  const fresh = q.data && savedAt(q) === null ? q.data : null;
  useEffect(() => {
    if (p) setReadingAt(Date.now());
  }, [p]);
  useEffect(() => {
    if (fresh) setReadingAt((at) => at ?? Date.now());
  }, [fresh]);
  const offline = useOffline();
  useEffect(() => {
    if (reading !== undefined) requery({ requestPolicy: "network-only" });
  }, [reading, requery]);
  const soc = p?.soc ?? null;
  const startedIso = p?.startedAt ?? session?.startedAt;
  const startedAt = startedIso ? Date.parse(startedIso) : null;
  const elapsed = startedAt ? (now - startedAt) / 1000 : (p?.elapsedSeconds ?? 0);
  const ended = ["COMPLETED", "STOPPED", "FINISHED"].includes(norm(status));
  // The car stopped drawing while still plugged in (the grace period or the idle fee runs): the session
  // is still open, but it is no longer charging.
  const pillStatus = !ended && session?.idle ? "IDLE" : status;
  // The site shares a limited supply among its chargers: say so, and to how much.
  const limit = siteLimit.data?.sessionSiteLimit;
  const limitNotice = !ended && limit?.limitedBySite
    ? limit.paused ? t("live.sitePaused") : t("live.siteLimited", { kw: kw(limit.limitKw) })
    : null;

  useEffect(() => {
    remembered.setSession(ended ? null : id);
  }, [id, ended]);

  useEffect(() => {
    const s = chart.data?.chargingSession;
    if (!s) return;
    const before = s.meterSamples.flatMap((m) =>
      m.powerW === null || m.powerW === undefined ? [] : [pointAt(s.startedAt, m.timestamp, m.powerW / 1000)],
    );
    setPoints((prev) => remember(id, mergePoints(before, prev)));
  }, [chart.data, id]);

  useEffect(() => {
    if (!p || p.powerW === null || p.powerW === undefined) return;
    // When the reading was taken (as the chart read before does), not when it reached the phone: the
    // first event repeats the latest reading, which then lands on its own point.
    const kwNow = p.powerW / 1000;
    const point = p.timestamp && p.startedAt ? pointAt(p.startedAt, p.timestamp, kwNow) : { t: p.elapsedSeconds, kw: kwNow };
    setPoints((prev) => remember(id, mergePoints(prev, [point])));
  }, [p, id]);

  useEffect(() => {
    if (!ended) return;
    const t = setTimeout(() => navigate(`/receipt/${id}`, { replace: true }), 1200);
    return () => clearTimeout(t);
  }, [ended, id, navigate]);

  // Re-query on a timer too, never relying on the subscription alone: faster while stopping (the stop
  // is confirmed by the charger's StopTransaction), slowly otherwise (a lost WebSocket, a missed event).
  useEffect(() => {
    if (ended) return;
    const t = setInterval(() => requery({ requestPolicy: "network-only" }), stopping ? 1500 : 5000);
    return () => clearInterval(t);
  }, [stopping, ended, requery]);

  const doStop = async () => {
    setStopError(null);
    setStopping(true);
    const r = await stop({ input: { sessionId: id } });
    const payload = r.data?.stopCharging;
    if (!payload || payload.errors?.length || r.error) {
      setStopping(false);
      setStopError(firstUserError(payload?.errors) ?? describeError(r.error) ?? t("live.stopFailed"));
    }
  };

  return (
    <Page title={t("live.title")}>
      {q.fetching && !q.data && <Loading />}
      <Notice kind="warning">{describeError(q.error) ?? describeError(sub.error)}</Notice>
      <KeptAge at={savedAt(q)} />
      {!ended && (offline || sub.error) && (
        <Notice kind="warning">
          <span data-testid="live-reconnecting">{t("live.reconnecting")}</span>
        </Notice>
      )}
      {!ended && readingAt !== null && (
        <p className="muted" data-testid="live-last-reading" aria-live="off">
          {t("live.lastReading", { when: ago(readingAt, now, "seconds") })}
        </p>
      )}
      {session && (
        <div className="muted" style={{ marginBottom: 8 }}>
          {session.charger?.name ?? session.charger?.chargePointId} · {t("live.connector", { n: session.connectorId })} · <StatusPill status={pillStatus} />
        </div>
      )}
      <div className="card surface" style={{ textAlign: "center" }}>
        <div className="muted">{t("live.energy")}</div>
        <div className="big" data-testid="live-energy">{kwh(energy, 3)}</div>
        <div className="muted">{t("live.cost")}</div>
        <div style={{ fontSize: 24, fontWeight: 800 }} data-testid="live-cost">{money(cost)}</div>
      </div>
      {limitNotice && <div data-testid="live-site-limit"><Notice kind="info">{limitNotice}</Notice></div>}
      {!ended && session?.idle && <IdleNotice idle={session.idle} now={now} />}
      <div className="grid3">
        <div className="stat"><div className="label">{t("live.power")}</div><div className="value" data-testid="live-power">{kw(power)}</div></div>
        <div className="stat"><div className="label">{t("live.battery")}</div><div className="value" data-testid="live-soc">{soc !== null && soc !== undefined ? `${Math.round(Number(soc))}%` : "—"}</div></div>
        <div className="stat"><div className="label">{t("live.elapsed")}</div><div className="value" data-testid="live-elapsed">{duration(elapsed)}</div></div>
      </div>
      <h2>{t("live.power")}</h2>
      <div className="card">
        <PowerChart points={points} />
      </div>
      <Notice kind="error">{stopError}</Notice>
      {ended ? (
        <Notice kind="info">{t("live.ended")}</Notice>
      ) : (
        <button className="btn danger" onClick={doStop} disabled={stopping} data-testid="stop">
          {stopping ? t("live.stopping") : t("live.stop")}
        </button>
      )}
      {!ended && <PushOffer />}
    </Page>
  );
}

type Idle = NonNullable<NonNullable<ChargingSessionQueryQuery["chargingSession"]>["idle"]>;

/** The car stopped drawing while plugged in: the grace period's countdown, then the idle fee so far
 * (the server's figure, refreshed with each re-query of the session). */
export function IdleNotice({ idle, now }: { idle: Idle; now: number }) {
  const t = useT();
  const left = (Date.parse(idle.graceEndsAt) - now) / 1000;
  if (left > 0) {
    return (
      <div data-testid="live-idle-grace">
        <Notice kind="warning">
          <strong>{t("live.idleGrace", { minutes: Math.ceil(left / 60) })}</strong>
          <div data-testid="live-idle-countdown">{t("live.idleCountdown", { time: duration(left) })}</div>
        </Notice>
      </div>
    );
  }
  return (
    <div data-testid="live-idle-running">
      <Notice kind="error">
        {t("live.idleRunning", { fee: money(idle.feeSoFar), rate: unitPrice(idle.feePerMinute.amount, idle.feePerMinute.currency) })}
      </Notice>
    </div>
  );
}

export function ReceiptScreen() {
  const { sessionId = "" } = useParams();
  const [res, requery] = useQuery({
    query: SessionReceiptDocument,
    variables: { id: sessionId, locale: useLocale() },
    requestPolicy: "network-only",
  });
  const s = res.data?.chargingSession;
  const t = useT();
  // Billing happens right after the charger's StopTransaction; poll until the receipt exists.
  const pending = !s || !s.receipt;
  useEffect(() => {
    if (!pending) return;
    const t = setInterval(() => requery({ requestPolicy: "network-only" }), 2000);
    return () => clearInterval(t);
  }, [pending, requery]);
  return (
    <Page title={t("receipt.title")} back>
      {res.fetching && !res.data && <Loading />}
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <KeptAge at={savedAt(res)} />
      {s && (
        <>
          <div className="card surface" style={{ textAlign: "center" }}>
            <div className="muted">{s.charger?.name ?? s.charger?.chargePointId}</div>
            {s.charger?.address && <div className="muted">{s.charger.address}</div>}
            <div className="big" data-testid="receipt-total">{money(s.receipt?.total ?? s.cost)}</div>
            <div data-testid="receipt-energy">{kwh(s.energyWh / 1000, 3)}</div>
            <div className="muted">
              {dateTime(s.startedAt)} → {dateTime(s.stoppedAt)}
            </div>
            {s.pointsAwarded ? (
              <div style={{ color: "#00FF88", marginTop: 8 }} data-testid="receipt-points">{t("receipt.points", { n: s.pointsAwarded })}</div>
            ) : null}
          </div>
          {s.receipt ? (
            <div className="card" data-testid="receipt">
              <div className="row between">
                <strong>{t("receipt.number", { number: s.receipt.number })}</strong>
                <span className="muted">{dateTime(s.receipt.issuedAt)}</span>
              </div>
              {s.receipt.lines.map((l, i) => (
                <div key={i} className="row between" style={{ padding: "6px 0", borderBottom: "1px solid #1E2D42" }}>
                  <span>
                    {l.label}
                    {receiptLineQuantity(l) ? <span className="muted"> · {receiptLineQuantity(l)}</span> : null}
                  </span>
                  <span style={{ whiteSpace: "nowrap", marginLeft: 12 }}>{money(l.amount)}</span>
                </div>
              ))}
              <div className="row between" style={{ paddingTop: 8 }}>
                <strong>{t("receipt.total")}</strong>
                <strong>{money(s.receipt.total)}</strong>
              </div>
              {s.receipt.pdfUrl && (
                <a className="btn secondary" style={{ marginTop: 12 }} href={s.receipt.pdfUrl} target="_blank" rel="noreferrer">
                  {t("receipt.pdf")}
                </a>
              )}
            </div>
          ) : (
            <Notice kind="info">{t("receipt.preparing")}</Notice>
          )}
          <Link className="btn" to="/home">{t("common.done")}</Link>
        </>
      )}
    </Page>
  );
}

export function History() {
  const [after, setAfter] = useState<string | null>(null);
  const [res] = useQuery({ query: SessionHistoryDocument, variables: { first: 20, after }, requestPolicy: "cache-and-network" });
  type Row = NonNullable<typeof res.data>["mySessions"]["nodes"][number];
  const [all, setAll] = useState<Row[]>([]);
  useEffect(() => {
    const nodes = res.data?.mySessions.nodes;
    if (nodes) setAll((prev) => (after ? [...prev, ...nodes.filter((n) => !prev.some((p) => p.id === n.id))] : nodes));
  }, [res.data, after]);
  const pageInfo = res.data?.mySessions.pageInfo;
  const t = useT();
  return (
    <Page title={t("history.title")} back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <KeptAge at={savedAt(res)} />
      <div className="card">
        {!all.length && !res.fetching && !res.error && <p className="muted">{t("history.none")}</p>}
        {all.map((s) => (
          <Link key={s.id} to={norm(s.status) === "ACTIVE" ? `/charging/${s.id}` : `/receipt/${s.id}`} className="list-item" data-testid="history-item">
            <div className="grow">
              <div>{s.charger?.name ?? s.charger?.chargePointId ?? t("history.session", { n: s.transactionId })} · #{s.connectorId}</div>
              <div className="muted">
                {dateTime(s.startedAt)} · {kwh(s.energyWh / 1000)}
                {s.pointsAwarded ? t("history.points", { n: s.pointsAwarded }) : ""}
              </div>
            </div>
            <strong>{norm(s.status) === "ACTIVE" ? t("status.ACTIVE") : money(s.cost)}</strong>
          </Link>
        ))}
      </div>
      {pageInfo?.hasNextPage && (
        <button className="btn secondary" onClick={() => setAfter(pageInfo.endCursor)}>{t("common.loadMore")}</button>
      )}
    </Page>
  );
}
