import { FavouriteButton } from "../components/Favourites";
import { useEffect, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { WatchCharger } from "../components/WatchCharger";
import { useMutation, useQuery, useSubscription } from "urql";
import { Loading, Notice, Page, StatusPill, KeptAge } from "../components/ui";
import { applyStatus, chargerStatus, startable, useLiveStatus } from "../lib/chargers";
import { statusLabel, t, useLocale, useT } from "../lib/i18n";
import { savedAt } from "../lib/offline";
import { describeError, firstUserError } from "../lib/client";
import { kw, missingToStart, money, num, timeOfDay, unitPrice, type Money } from "../lib/format";
import { directionsUrl } from "../lib/geo";
import { remembered, useTokens } from "../lib/session";
import {
  ChargingRequestProgressDocument,
  ChargingRequestQueryDocument,
  MyVehiclesDocument,
  MyReservationsDocument,
  ReserveConnectorDocument,
  StartChargingDocument,
  StationDocument,
  WalletBalanceDocument,
} from "../gql/graphql";
import { furthestRequest, norm, type Charger, type ChargingRequest, type Tariff } from "../graphql/types";

export function requestMessage(r: ChargingRequest): { kind: "info" | "warning" | "error"; text: string } {
  const reason = { reason: r.error ? `: ${r.error}.` : "." };
  switch (norm(r.status)) {
    case "REQUESTED":
      return { kind: "info", text: t("request.REQUESTED") };
    case "ACCEPTED":
      return { kind: "info", text: t("request.ACCEPTED") };
    case "STARTED":
      return { kind: "info", text: t("request.STARTED") };
    case "REJECTED":
      return { kind: "error", text: t("request.REJECTED", reason) };
    case "TIMEDOUT":
      return { kind: "error", text: t("request.TIMEDOUT") };
    case "FAILED":
      return { kind: "error", text: t("request.FAILED", reason) };
    case "STOPPED":
      return { kind: "info", text: t("request.STOPPED") };
    default:
      return { kind: "info", text: r.status };
  }
}

function TariffCard({ tariff }: { tariff: Tariff | null | undefined }) {
  const t = useT();
  if (!tariff) return <p className="muted">{t("charger.priceLater")}</p>;
  if (tariff.free) return <p data-testid="tariff">{t("charger.free")}</p>;
  const line = (label: string, m: Money | null, unit: string) =>
    m && Number(m.amount) > 0 ? (
      <div className="row between">
        <span className="muted">{label}</span>
        <span>
          {money(m)}
          {unit}
        </span>
      </div>
    ) : null;
  return (
    <div className="col" data-testid="tariff">
      {line(t("charger.energy"), tariff.pricePerKwh, t("charger.perKwh"))}
      {line(t("charger.time"), tariff.pricePerMinute, t("charger.perMin"))}
      {line(t("charger.sessionFee"), tariff.sessionFee, "")}
      {tariff.idleFeePerMinute && Number(tariff.idleFeePerMinute.amount) > 0 ? (
        <div className="row between" data-testid="tariff-idle">
          <span className="muted" style={{ whiteSpace: "nowrap", marginRight: 12 }}>{t("charger.idleFee")}</span>
          <span style={{ textAlign: "right" }}>
            {t(tariff.idleGraceMinutes > 0 ? "charger.idleFeeAfterGrace" : "charger.idleFeeNoGrace", {
              fee: unitPrice(tariff.idleFeePerMinute.amount, tariff.idleFeePerMinute.currency),
              minutes: tariff.idleGraceMinutes,
            })}
          </span>
        </div>
      ) : null}
      {line(t("charger.reservation"), tariff.reservationFee, "")}
      {Number(tariff.taxRate) > 0 ? <div className="muted">{t("charger.tax", { rate: num(Number(tariff.taxRate) * 100, 0) })}</div> : null}
    </div>
  );
}

function FollowRequest({ id, onDone }: { id: string; onDone: (r: ChargingRequest) => void }) {
  const navigate = useNavigate();
  useLocale();
  const [sub] = useSubscription({ query: ChargingRequestProgressDocument, variables: { id } });
  const [q, requery] = useQuery({ query: ChargingRequestQueryDocument, variables: { id }, requestPolicy: "network-only" });
  // Poll too: a subscription can miss the transition that happened before it was set up (its snapshot
  // is read before it subscribes), so it must never hide what a poll found: show the furthest state.
  useEffect(() => {
    const t = setInterval(() => requery({ requestPolicy: "network-only" }), 1500);
    return () => clearInterval(t);
  }, [requery]);
  const live = sub.data?.chargingRequest;
  const r: ChargingRequest | undefined = furthestRequest<ChargingRequest>(
    live ? { id: live.requestId, status: live.status, error: live.error ?? null, session: live.sessionId ? { id: live.sessionId } : null } : null,
    q.data?.chargingRequest,
  );
  useEffect(() => {
    if (!r) return;
    if (norm(r.status) === "STARTED" && r.session) {
      remembered.setRequest(null);
      remembered.setSession(r.session.id);
      navigate(`/charging/${r.session.id}`, { replace: true });
    } else if (["REJECTED", "FAILED", "TIMEDOUT", "STOPPED"].includes(norm(r.status))) {
      remembered.setRequest(null);
      onDone(r);
    }
  }, [r, navigate, onDone]);
  if (!r) return <Notice kind="warning">{describeError(q.error) ?? t("request.REQUESTED")}</Notice>;
  const m = requestMessage(r);
  return (
    <div data-testid="request-status">
      <Notice kind={m.kind}>{m.text}</Notice>
    </div>
  );
}

function StartPanel({ charger, connectorId }: { charger: Charger; connectorId: number | null }) {
  const [vehicles] = useQuery({ query: MyVehiclesDocument });
  const [wallet] = useQuery({ query: WalletBalanceDocument, requestPolicy: "network-only" });
  const [vehicleId, setVehicleId] = useState<string>("");
  const [requestId, setRequestId] = useState<string | null>(() => remembered.request());
  const [finished, setFinished] = useState<ChargingRequest | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, start] = useMutation(StartChargingDocument);
  const [{ fetching: reserving }, reserve] = useMutation(ReserveConnectorDocument);
  const [reserved, setReserved] = useState<string | null>(null);
  // The driver's reservations in force (from the server), so a reload still knows the hold is theirs.
  const [mine, refetchMine] = useQuery({ query: MyReservationsDocument, requestPolicy: "network-only" });
  const t = useT();
  // Opened from a "charger free" notification: offer to hold the connector for the minutes it named.
  const [search] = useSearchParams();
  const hold = Number(search.get("hold")) > 0 && Number(search.get("hold")) <= 120 ? Number(search.get("hold")) : null;

  const connector = charger.connectors.find((c) => c.connectorId === connectorId);
  const walletBalance = wallet.data?.me?.wallet.balance;
  const minimum = wallet.data?.wallet.minimumToStart;
  // The platform's minimum in force, from the server; the amount missing in exact sen.
  const shortfall = walletBalance && minimum ? missingToStart(walletBalance, minimum) : null;
  // Reserved: the platform lets the driver holding the reservation start; it refuses anyone else.
  const myHold = (mine.data?.myReservations ?? []).find(
    (r) => r.chargerId === charger.id && (r.connectorId === 0 || r.connectorId === connectorId),
  );
  const heldUntil = reserved ?? myHold?.expiresAt ?? null;
  const available = connector && (startable(connector) || (connector.status === "Reserved" && !!heldUntil));

  const go = async () => {
    setMessage(null);
    setFinished(null);
    if (connectorId === null) return;
    const r = await start({ input: { chargerId: charger.id, connectorId, vehicleId: vehicleId || undefined } });
    const p = r.data?.startCharging;
    if (p?.request) {
      remembered.setRequest(p.request.id);
      setRequestId(p.request.id);
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("charger.startFailed"));
  };

  const doReserve = async () => {
    setMessage(null);
    if (connectorId === null) return;
    const r = await reserve({ input: { chargerId: charger.id, connectorId, ...(hold ? { minutes: hold } : {}) } });
    const p = r.data?.reserveConnector;
    if (p?.reservation) {
      setReserved(p.reservation.expiresAt);
      refetchMine({ requestPolicy: "network-only" });
    }
    else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("charger.reserveFailed"));
  };

  return (
    <div className="card" data-testid="start-panel">
      <h2 style={{ marginTop: 0 }}>{t("charger.start")}</h2>
      {!connectorId && <p className="muted">{t("charger.chooseConnector")}</p>}
      <label htmlFor="vehicle">{t("charger.vehicle")}</label>
      <select id="vehicle" value={vehicleId} onChange={(e) => setVehicleId(e.target.value)}>
        <option value="">{t("charger.noVehicle")}</option>
        {(vehicles.data?.me?.vehicles.nodes ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.nickname ?? `${v.brand} ${v.model}`}
          </option>
        ))}
      </select>
      <div className="row between" style={{ marginTop: 12 }}>
        <span className="muted">{t("charger.wallet")}</span>
        <strong data-testid="start-balance">{walletBalance ? money(walletBalance) : "—"}</strong>
      </div>
      {shortfall && (
        <Notice kind="warning">
          <span data-testid="shortfall">
            {t("charger.needMinimum", { minimum: money(minimum) })} <Link to="/wallet">{t("charger.topUpMore", { amount: money(shortfall) })}</Link>
          </span>
        </Notice>
      )}
      {!charger.online && <Notice kind="error">{t("charger.offline")}</Notice>}
      {connector && !available && charger.online && <Notice kind="warning">{t("charger.connectorIs", { n: connector.connectorId, status: statusLabel(connector.status) })}</Notice>}
      <Notice kind="error">{message}</Notice>
      {heldUntil && <Notice kind="info">{t("charger.reservedUntil", { time: timeOfDay(heldUntil) })}</Notice>}
      {requestId && !finished ? (
        <FollowRequest id={requestId} onDone={(r) => { setFinished(r); setRequestId(null); }} />
      ) : (
        <>
          {finished && <Notice kind={requestMessage(finished).kind}>{requestMessage(finished).text}</Notice>}
          <div style={{ height: 10 }} />
          {shortfall ? (
            <Link className="btn" to="/wallet" data-testid="start">
              {t("charger.topUpMore", { amount: money(shortfall) })}
            </Link>
          ) : (
            <button className="btn" disabled={fetching || !connectorId || !charger.online || !available} onClick={go} data-testid="start">
              {fetching ? t("charger.starting") : t("charger.start")}
            </button>
          )}
          <div style={{ height: 8 }} />
          <button
            className={hold && !heldUntil ? "btn" : "btn secondary"}
            disabled={reserving || !!heldUntil || !connectorId || !charger.online || connector?.status !== "Available"}
            onClick={doReserve}
            data-testid="reserve"
          >
            {hold ? t("charger.hold", { minutes: hold }) : t("charger.reserve")}
          </button>
        </>
      )}
    </div>
  );
}

export function ChargerScreen() {
  const params = useParams();
  const chargePointId = params.chargePointId ?? "";
  const tokens = useTokens();
  const t = useT();
  const [selected, setSelected] = useState<number | null>(params.connectorId ? Number(params.connectorId) : null);
  const [res, refetch] = useQuery({ query: StationDocument, variables: { chargePointId } });
  // Subscribed once the station is known (not to every charger meanwhile, which read it again too).
  const events = useLiveStatus(res.data?.station?.id ?? null, () => refetch({ requestPolicy: "network-only" }));
  const charger: Charger | null = res.data?.station ? applyStatus(res.data.station, events) : null;

  useEffect(() => {
    if (charger && selected === null && charger.connectors.length === 1) setSelected(charger.connectors[0].connectorId);
  }, [charger, selected]);

  return (
    <Page title={charger?.name ?? chargePointId} back actions={tokens && charger ? <FavouriteButton chargePointId={chargePointId} /> : undefined}>
      <p className="muted" data-testid="charger-code">
        {t("charger.title", { code: chargePointId })}
        {params.connectorId ? t("charger.connectorSuffix", { n: params.connectorId }) : ""}
      </p>
      {res.fetching && !res.data && <Loading />}
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <KeptAge at={savedAt(res)} />
      {res.data && !res.data.station && <Notice kind="error">{t("charger.notFound", { code: chargePointId })}</Notice>}
      {charger && (
        <>
          <div className="card surface">
            <div className="row between">
              <div>
                <div>{charger.address ?? ""}</div>
                <div className="muted">{charger.city ?? ""}</div>
              </div>
              <span data-testid="charger-status">
                <StatusPill status={chargerStatus(charger)} />
              </span>
            </div>
            {charger.latitude !== null && charger.longitude !== null && (
              <a className="chip" style={{ marginTop: 8 }} href={directionsUrl(Number(charger.latitude), Number(charger.longitude))} target="_blank" rel="noreferrer">
                {t("charger.directions")}
              </a>
            )}
          </div>
          <h2>{t("charger.connectors")}</h2>
          <div className="card" role="radiogroup" aria-label={t("charger.connector")}>
            {charger.connectors.map((c) => (
              <label key={c.connectorId} className="list-item" style={{ margin: 0, color: "inherit", cursor: "pointer" }}>
                <input
                  type="radio"
                  name="connector"
                  style={{ width: "auto" }}
                  checked={selected === c.connectorId}
                  onChange={() => setSelected(c.connectorId)}
                />
                <div className="grow">
                  <div>
                    #{c.connectorId} {c.type ?? ""}
                  </div>
                  <div className="muted">{kw(c.maxPowerKw ?? charger.maxPowerKw)}</div>
                </div>
                <StatusPill status={charger.online ? c.status : "Offline"} />
              </label>
            ))}
          </div>
          <h2>{t("charger.price")}</h2>
          <div className="card">
            <TariffCard tariff={charger.tariff} />
          </div>
          {tokens ? (
            <StartPanel charger={charger} connectorId={selected} />
          ) : (
            <Link className="btn" to={`/login?next=${encodeURIComponent(`/c/${chargePointId}${selected ? `/${selected}` : ""}`)}`}>
              {t("charger.signInToCharge")}
            </Link>
          )}
          {tokens && !charger.connectors.some((c) => charger.online && startable(c)) && (
            <>
              <div style={{ height: 8 }} />
              <WatchCharger chargePointId={chargePointId} connectorId={selected} />
            </>
          )}
          <div style={{ height: 8 }} />
          <Link className="btn secondary" data-testid="report-problem" to={`/c/${encodeURIComponent(chargePointId)}/report${selected ? `/${selected}` : ""}`}>
            {t("charger.report")}
          </Link>
        </>
      )}
    </Page>
  );
}
