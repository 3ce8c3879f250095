import type { Key } from "../i18n/en";
import { useT } from "../lib/i18n";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import { useMutation, useQuery, useSubscription } from "urql";
import { StartRefusalNotice } from "../components/StartRefusalNotice";
import { Loading, Notice, Page, KeptAge } from "../components/ui";
import { savedAt } from "../lib/offline";
import { describeError, firstUserError } from "../lib/client";
import { dateTime, money, toSen, type Money } from "../lib/format";
import { newIdempotencyKey } from "../lib/session";
import {
  CreateTopUpDocument,
  PaymentMethodsDocument,
  TopUpDocument,
  WalletBalanceDocument,
  WalletTransactionsDocument,
  WalletUpdatesDocument,
  type PaymentMethodKind,
} from "../gql/graphql";

const TX_LABELS: Record<string, Key> = {
  topup: "wallet.tx.topup",
  charge: "wallet.tx.charge",
  refund: "wallet.tx.refund",
  adjustment: "wallet.tx.adjustment",
  membership: "wallet.tx.membership",
  reservation: "wallet.tx.reservation",
};

export const PRESETS = [20, 50, 100, 200];
const PENDING_TOP_UP = "plagsini.pendingTopUp";
/** How often the return page re-asks for the top-up's status, and for how long before it gives up. */
export const RETURN_POLL_MS = 1000;
export const RETURN_TIMEOUT_MS = 30_000;

/** Where the gateway sends the driver back (the server accepts only this platform's origins). */
export function topUpReturnUrl(origin: string = window.location.origin): string {
  return `${origin}/wallet/return`;
}

export function Wallet() {
  const [summary, requerySummary] = useQuery({ query: WalletBalanceDocument });
  const [res, requery] = useQuery({ query: WalletTransactionsDocument, variables: { first: 30 } });
  const [live] = useSubscription({ query: WalletUpdatesDocument });
  const [methods] = useQuery({ query: PaymentMethodsDocument });
  const [amount, setAmount] = useState<number>(50);
  const [custom, setCustom] = useState("");
  const [method, setMethod] = useState<PaymentMethodKind | "">("");
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, createTopUp] = useMutation(CreateTopUpDocument);
  const t = useT();

  useEffect(() => {
    if (!live.data) return;
    requery({ requestPolicy: "network-only" });
    requerySummary({ requestPolicy: "network-only" });
  }, [live.data, requery, requerySummary]);
  useEffect(() => {
    const first = methods.data?.paymentMethods?.[0];
    if (first && !method) setMethod(first.method);
  }, [methods.data, method]);

  const update = live.data?.walletUpdates;
  const balance: Money | undefined =
    update?.balance !== null && update?.balance !== undefined ? { amount: update.balance, currency: update.currency } : summary.data?.me?.wallet.balance;
  const value = custom ? Number(custom) : amount;

  const topUp = async () => {
    setMessage(null);
    // The bounds are the server's (it refuses anything outside them anyway).
    const bounds = summary.data?.wallet;
    const sen = Math.round(value * 100);
    if (!Number.isFinite(value) || (bounds && (sen < toSen(bounds.minimumTopUp.amount) || sen > toSen(bounds.maximumTopUp.amount)))) {
      setMessage(bounds ? t("wallet.amountRange", { min: money(bounds.minimumTopUp), max: money(bounds.maximumTopUp) }) : t("error.INVALID_INPUT"));
      return;
    }
    if (!method) {
      setMessage(t("wallet.choosePay"));
      return;
    }
    const r = await createTopUp({
      input: { amount: value.toFixed(2), method, idempotencyKey: newIdempotencyKey(), returnUrl: topUpReturnUrl() },
    });
    const p = r.data?.createTopUp;
    if (p?.topUp?.checkoutUrl) {
      localStorage.setItem(PENDING_TOP_UP, p.topUp.id);
      window.location.assign(p.topUp.checkoutUrl);
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("wallet.topUpFailed"));
  };

  return (
    <Page title={t("wallet.title")} back>
      <div className="card surface">
        <div className="muted">{t("wallet.balance")}</div>
        <div className="big" data-testid="wallet-balance">{balance ? money(balance) : "—"}</div>
      </div>
      <Notice kind="warning">{describeError(summary.error)}</Notice>
      <KeptAge at={savedAt(summary)} />
      {balance && <StartRefusalNotice balance={balance} showLink={false} />}
      <h2>{t("wallet.topUp")}</h2>
      <div className="card">
        <div className="grid2" role="radiogroup" aria-label={t("wallet.amount")}>
          {PRESETS.map((p) => (
            <button
              key={p}
              role="radio"
              aria-checked={!custom && amount === p}
              className={`chip ${!custom && amount === p ? "on" : ""}`}
              style={{ padding: 12, fontSize: 15 }}
              onClick={() => {
                setAmount(p);
                setCustom("");
              }}
            >
              {money({ amount: p, currency: "MYR" }).replace(/[.,]00$/, "")}
            </button>
          ))}
        </div>
        <label htmlFor="custom">{t("wallet.other")}</label>
        <input id="custom" inputMode="decimal" placeholder={t("wallet.otherPlaceholder")} value={custom} onChange={(e) => setCustom(e.target.value.replace(/[^\d.]/g, ""))} />
        <label htmlFor="method">{t("wallet.payWith")}</label>
        <select id="method" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethodKind)}>
          {(methods.data?.paymentMethods ?? []).map((m) => (
            <option key={m.method} value={m.method}>
              {m.label}
              {m.sandbox ? t("wallet.sandbox") : ""}
            </option>
          ))}
          {!methods.data?.paymentMethods?.length && (
            <option value="">{methods.data ? t("wallet.noMethod") : t("common.loading")}</option>
          )}
        </select>
        <Notice kind="error">{message}</Notice>
        <div style={{ height: 12 }} />
        <button className="btn" onClick={topUp} disabled={fetching} data-testid="topup">
          {fetching ? t("wallet.redirecting") : t("wallet.topUpAmount", { amount: Number.isFinite(value) ? money({ amount: value, currency: "MYR" }) : "—" })}
        </button>
        <p className="muted">{t("wallet.redirectNote")}</p>
      </div>
      <h2>{t("wallet.transactions")}</h2>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <KeptAge at={savedAt(res)} />
      <div className="card" data-testid="transactions">
        {res.fetching && !res.data && <Loading />}
        {res.data && !res.data.wallet.transactions.nodes.length && <p className="muted">{t("wallet.noTransactions")}</p>}
        {res.data?.wallet.transactions.nodes.map((x) => (
          <div key={x.id} className="list-item">
            <div className="grow">
              <div>{x.memo ?? (TX_LABELS[x.kind] ? t(TX_LABELS[x.kind]) : x.kind)}</div>
              <div className="muted">{dateTime(x.createdAt)}</div>
            </div>
            <strong style={{ color: Number(x.amount.amount) >= 0 ? "#00FF88" : "#E8E8E8" }}>
              {Number(x.amount.amount) >= 0 ? "+" : ""}
              {money(x.amount)}
            </strong>
          </div>
        ))}
      </div>
    </Page>
  );
}

export function TopUpReturn({ pollMs = RETURN_POLL_MS, timeoutMs = RETURN_TIMEOUT_MS }: { pollMs?: number; timeoutMs?: number }) {
  const [params] = useSearchParams();
  const id = params.get("topUp") ?? params.get("topUpId") ?? params.get("id") ?? localStorage.getItem(PENDING_TOP_UP) ?? "";
  const [res, requery] = useQuery({
    query: TopUpDocument,
    variables: { id },
    pause: !id,
    requestPolicy: "network-only",
  });
  // The wallet is credited by the gateway's webhook: re-ask until the top-up leaves PENDING, at most
  // timeoutMs (then say so plainly, with a way to check again).
  const [since, setSince] = useState(() => Date.now());
  const [timedOut, setTimedOut] = useState(false);
  const status = res.data?.topUp?.status?.toLowerCase();
  const settled = !!status && status !== "pending";
  useEffect(() => {
    if (!id || settled || timedOut) return;
    const t = setInterval(() => {
      if (Date.now() - since >= timeoutMs) setTimedOut(true);
      else requery({ requestPolicy: "network-only" });
    }, pollMs);
    return () => clearInterval(t);
  }, [id, settled, timedOut, since, requery, pollMs, timeoutMs]);
  useEffect(() => {
    if (settled) localStorage.removeItem(PENDING_TOP_UP);
  }, [settled]);
  const t = useT();
  const checkAgain = () => {
    setTimedOut(false);
    setSince(Date.now());
    requery({ requestPolicy: "network-only" });
  };
  return (
    <Page title={t("topup.title")}>
      {!id && <Notice kind="warning">{t("topup.none")}</Notice>}
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {id && !res.data && !res.error && <Loading label={t("topup.checking")} />}
      {res.data?.topUp && (
        <div className="card surface" style={{ textAlign: "center" }} data-testid="topup-result" data-status={status}>
          <div className="big">{money(res.data.topUp.amount)}</div>
          {status === "succeeded" && <Notice kind="info">{t("topup.received")}</Notice>}
          {status === "pending" && !timedOut && <Notice kind="info">{t("topup.waiting")}</Notice>}
          {status === "pending" && timedOut && (
            <div data-testid="topup-timeout">
              <Notice kind="warning">
                {t("topup.late")}
              </Notice>
              <button className="btn secondary" onClick={checkAgain}>{t("topup.checkAgain")}</button>
            </div>
          )}
          {settled && status !== "succeeded" && (
            <Notice kind="error">
              {t("topup.failed", { reason: res.data.topUp.failureReason ?? status ?? "" })}
            </Notice>
          )}
        </div>
      )}
      <div style={{ height: 12 }} />
      <Link className="btn" to="/wallet">{t("topup.back")}</Link>
    </Page>
  );
}

export function PaymentMethods() {
  const [res] = useQuery({ query: PaymentMethodsDocument });
  const t = useT();
  return (
    <Page title={t("methods.title")} back>
      <p className="muted">{t("methods.intro")}</p>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <div className="card">
        {(res.data?.paymentMethods ?? []).map((m) => (
          <div key={m.method} className="list-item">
            <div className="grow">
              <div>{m.label}</div>
              <div className="muted">
                {m.method} · {m.provider}
                {m.sandbox ? " · sandbox" : ""}
              </div>
            </div>
          </div>
        ))}
        {res.data && !res.data.paymentMethods.length && <p className="muted">{t("methods.none")}</p>}
      </div>
      <Link className="btn" to="/wallet">{t("methods.topUp")}</Link>
    </Page>
  );
}
