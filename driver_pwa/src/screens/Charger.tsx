import { useEffect, useState } from "react";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { Loading, Notice, Page, StatusPill } from "../components/ui";
import { applyStatus, useLiveStatus } from "../lib/chargers";
import { describeError, firstUserError } from "../lib/client";
import { kw, money, type Money } from "../lib/format";
import { directionsUrl } from "../lib/geo";
import { remembered, useTokens } from "../lib/session";
import {
  ChargingRequestProgressDocument,
  ChargingRequestQueryDocument,
  MyVehiclesDocument,
  ReserveConnectorDocument,
  StartChargingDocument,
  StationDocument,
  WalletBalanceDocument,
} from "../gql/graphql";
import { furthestRequest, norm, type Charger, type ChargingRequest, type Tariff } from "../graphql/types";

/** Wallet balance below which the app warns before starting (the server enforces its own minimum). */
export const MIN_START_BALANCE = 5;

export function requestMessage(r: ChargingRequest): { kind: "info" | "warning" | "error"; text: string } {
  switch (norm(r.status)) {
    case "REQUESTED":
      return { kind: "info", text: "Contacting the charger…" };
    case "ACCEPTED":
      return { kind: "info", text: "The charger accepted. Plug in your car if you haven't — charging starts in a moment." };
    case "STARTED":
      return { kind: "info", text: "Charging started!" };
    case "REJECTED":
      return { kind: "error", text: `The charger rejected the request${r.error ? `: ${r.error}` : "."} Try another connector or charger.` };
    case "TIMEDOUT":
      return { kind: "error", text: "The charger did not respond. It may be offline — try again or pick another charger." };
    case "FAILED":
      return { kind: "error", text: `Charging could not start${r.error ? `: ${r.error}` : "."}` };
    case "STOPPED":
      return { kind: "info", text: "This session has ended." };
    default:
      return { kind: "info", text: r.status };
  }
}

function TariffCard({ tariff }: { tariff: Tariff | null | undefined }) {
  if (!tariff) return <p className="muted">Price shown before you start.</p>;
  if (tariff.free) return <p data-testid="tariff">Free charging on this station.</p>;
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
      {line("Energy", tariff.pricePerKwh, " / kWh")}
      {line("Time", tariff.pricePerMinute, " / min")}
      {line("Session fee", tariff.sessionFee, "")}
      {line("Idle fee", tariff.idleFeePerMinute, " / min after grace")}
      {line("Reservation", tariff.reservationFee, "")}
      {Number(tariff.taxRate) > 0 ? <div className="muted">Prices exclude {Math.round(Number(tariff.taxRate) * 10000) / 100}% service tax.</div> : null}
    </div>
  );
}

function FollowRequest({ id, onDone }: { id: string; onDone: (r: ChargingRequest) => void }) {
  const navigate = useNavigate();
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
  if (!r) return <Notice kind="warning">{describeError(q.error) ?? "Contacting the charger…"}</Notice>;
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

  const connector = charger.connectors.find((c) => c.connectorId === connectorId);
  const walletBalance = wallet.data?.me?.wallet.balance;
  const balance = walletBalance ? Number(walletBalance.amount) : null;
  const lowBalance = balance !== null && balance < MIN_START_BALANCE;
  const available = connector && ["Available", "Preparing", "Reserved"].includes(connector.status);

  const go = async () => {
    setMessage(null);
    setFinished(null);
    if (connectorId === null) return;
    const r = await start({ input: { chargerId: charger.id, connectorId, vehicleId: vehicleId || undefined } });
    const p = r.data?.startCharging;
    if (p?.request) {
      remembered.setRequest(p.request.id);
      setRequestId(p.request.id);
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not start charging.");
  };

  const doReserve = async () => {
    setMessage(null);
    if (connectorId === null) return;
    const r = await reserve({ input: { chargerId: charger.id, connectorId } });
    const p = r.data?.reserveConnector;
    if (p?.reservation) setReserved(p.reservation.expiresAt);
    else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not reserve.");
  };

  return (
    <div className="card" data-testid="start-panel">
      <h2 style={{ marginTop: 0 }}>Start charging</h2>
      {!connectorId && <p className="muted">Choose a connector above.</p>}
      <label htmlFor="vehicle">Vehicle</label>
      <select id="vehicle" value={vehicleId} onChange={(e) => setVehicleId(e.target.value)}>
        <option value="">No vehicle selected</option>
        {(vehicles.data?.me?.vehicles.nodes ?? []).map((v) => (
          <option key={v.id} value={v.id}>
            {v.nickname ?? `${v.brand} ${v.model}`}
          </option>
        ))}
      </select>
      <div className="row between" style={{ marginTop: 12 }}>
        <span className="muted">Wallet</span>
        <strong data-testid="start-balance">{walletBalance ? money(walletBalance) : "—"}</strong>
      </div>
      {lowBalance && (
        <Notice kind="warning">
          Your balance is low. <Link to="/wallet">Top up</Link> before charging.
        </Notice>
      )}
      {!charger.online && <Notice kind="error">This charger is offline right now. Try again later or pick another charger.</Notice>}
      {connector && !available && charger.online && <Notice kind="warning">Connector {connector.connectorId} is {connector.status}.</Notice>}
      <Notice kind="error">{message}</Notice>
      {reserved && <Notice kind="info">Reserved until {new Date(reserved).toLocaleTimeString()}.</Notice>}
      {requestId && !finished ? (
        <FollowRequest id={requestId} onDone={(r) => { setFinished(r); setRequestId(null); }} />
      ) : (
        <>
          {finished && <Notice kind={requestMessage(finished).kind}>{requestMessage(finished).text}</Notice>}
          <div style={{ height: 10 }} />
          <button className="btn" disabled={fetching || !connectorId || !charger.online || !available} onClick={go} data-testid="start">
            {fetching ? "Starting…" : "Start charging"}
          </button>
          <div style={{ height: 8 }} />
          <button className="btn secondary" disabled={reserving || !connectorId || !charger.online || connector?.status !== "Available"} onClick={doReserve}>
            Reserve this connector
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
  const [selected, setSelected] = useState<number | null>(params.connectorId ? Number(params.connectorId) : null);
  const [res] = useQuery({ query: StationDocument, variables: { chargePointId } });
  const events = useLiveStatus(res.data?.station?.id);
  const charger: Charger | null = res.data?.station ? applyStatus(res.data.station, events) : null;

  useEffect(() => {
    if (charger && selected === null && charger.connectors.length === 1) setSelected(charger.connectors[0].connectorId);
  }, [charger, selected]);

  return (
    <Page title={charger?.name ?? chargePointId} back>
      <p className="muted" data-testid="charger-code">
        Charger {chargePointId}
        {params.connectorId ? ` · connector ${params.connectorId}` : ""}
      </p>
      {res.fetching && !res.data && <Loading />}
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {res.data && !res.data.station && <Notice kind="error">No charger with the code {chargePointId}. Check the code and try again.</Notice>}
      {charger && (
        <>
          <div className="card surface">
            <div className="row between">
              <div>
                <div>{charger.address ?? ""}</div>
                <div className="muted">{charger.city ?? ""}</div>
              </div>
              <StatusPill status={charger.online ? "Available" : "Offline"} />
            </div>
            {charger.latitude !== null && charger.longitude !== null && (
              <a className="chip" style={{ marginTop: 8 }} href={directionsUrl(Number(charger.latitude), Number(charger.longitude))} target="_blank" rel="noreferrer">
                Directions
              </a>
            )}
          </div>
          <h2>Connectors</h2>
          <div className="card" role="radiogroup" aria-label="Connector">
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
          <h2>Price</h2>
          <div className="card">
            <TariffCard tariff={charger.tariff} />
          </div>
          {tokens ? (
            <StartPanel charger={charger} connectorId={selected} />
          ) : (
            <Link className="btn" to={`/login?next=${encodeURIComponent(`/c/${chargePointId}${selected ? `/${selected}` : ""}`)}`}>
              Sign in to charge
            </Link>
          )}
        </>
      )}
    </Page>
  );
}
