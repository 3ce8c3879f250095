import type { Key } from "../i18n/en";
import { enumLabel, useT } from "../lib/i18n";
import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, type CombinedError } from "urql";
import { Loading, Notice, Page } from "../components/ui";
import { describeError, firstUserError } from "../lib/client";
import { dateTime, kwh, money, num, plainKwh } from "../lib/format";
import { newIdempotencyKey } from "../lib/session";
import {
  CancelMembershipDocument,
  MembershipsDocument,
  RedeemRewardDocument,
  RewardsDocument,
  SubscribeMembershipDocument,
  type MembershipsQuery,
  type RewardsQuery,
} from "../gql/graphql";

type RewardItem = RewardsQuery["rewardCatalog"]["nodes"][number];
type Plan = MembershipsQuery["membershipPlans"]["nodes"][number];

const REASONS: Record<string, Key> = {
  SESSION: "points.SESSION",
  REFERRAL: "points.REFERRAL",
  REDEMPTION: "points.REDEMPTION",
  REDEMPTION_REFUND: "points.REDEMPTION_REFUND",
  ADJUSTMENT: "points.ADJUSTMENT",
  EXPIRY: "points.EXPIRY",
  BONUS: "points.BONUS",
};

type UserErrors = Parameters<typeof firstUserError>[0];

/** What a change on this screen did (or why not): once done, `requery` reloads the screen's data. */
function useOutcome(requery: (opts: { requestPolicy: "network-only" }) => void) {
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const report = (done: boolean, r: { error?: CombinedError }, errors: UserErrors, ok: string, failed: string) => {
    if (done) {
      setMessage({ kind: "info", text: ok });
      requery({ requestPolicy: "network-only" });
    } else setMessage({ kind: "error", text: firstUserError(errors) ?? describeError(r.error) ?? failed });
  };
  return { message, clear: () => setMessage(null), report };
}

export function Rewards() {
  const [res, requery] = useQuery({ query: RewardsDocument, requestPolicy: "cache-and-network" });
  const [{ fetching }, redeem] = useMutation(RedeemRewardDocument);
  const { message, clear, report } = useOutcome(requery);
  const points = res.data?.rewardsBalance.points ?? 0;
  const pendingKwh = Number(res.data?.rewardsBalance.pendingFreeKwh ?? 0);
  const pendingDiscount = res.data?.rewardsBalance.pendingDiscount;
  const t = useT();

  const doRedeem = async (item: RewardItem) => {
    clear();
    const r = await redeem({ input: { itemId: item.id, idempotencyKey: newIdempotencyKey() } });
    const p = r.data?.redeemReward;
    report(Boolean(p?.redemption), r, p?.errors, t("rewards.redeemed", { name: item.name }), t("rewards.redeemFailed"));
  };

  return (
    <Page title={t("rewards.title")} actions={<Link className="chip" to="/membership">{t("rewards.plans")}</Link>}>
      <div className="card surface" style={{ textAlign: "center" }}>
        <div className="muted">{t("rewards.yourPoints")}</div>
        <div className="big" data-testid="points">{res.data ? num(points, 0) : "—"}</div>
        {(pendingKwh > 0 || Number(pendingDiscount?.amount ?? 0) > 0) && (
          <div className="muted">
            {t("rewards.pending", {
              what: [
                pendingKwh > 0 ? t("rewards.freeKwh", { kwh: kwh(pendingKwh, 0) }) : "",
                Number(pendingDiscount?.amount ?? 0) > 0 ? t("rewards.off", { amount: money(pendingDiscount) }) : "",
              ]
                .filter(Boolean)
                .join(" · "),
            })}
          </div>
        )}
        <Link to="/invite" className="muted">{t("rewards.invite")}</Link>
      </div>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <h2>{t("rewards.catalog")}</h2>
      {res.fetching && !res.data && <Loading />}
      {res.data && !res.data.rewardCatalog.nodes.length && <p className="muted">{t("rewards.noCatalog")}</p>}
      <div className="grid2">
        {(res.data?.rewardCatalog.nodes ?? []).map((item) => (
          <div key={item.id} className="card" style={{ marginBottom: 0 }}>
            <div style={{ fontWeight: 700 }}>{item.name}</div>
            <div className="muted">{item.description ?? item.category ?? ""}</div>
            <div style={{ color: "#00FF88", margin: "6px 0" }}>{t("rewards.pts", { n: num(item.points, 0) })}</div>
            <button className="btn small" disabled={fetching || points < item.points || !item.inStock} onClick={() => doRedeem(item)}>
              {item.inStock ? t("rewards.redeem") : t("rewards.outOfStock")}
            </button>
          </div>
        ))}
      </div>
      <h2>{t("rewards.redemptions")}</h2>
      <div className="card">
        {!res.data?.myRedemptions.nodes.length && <p className="muted">{t("rewards.noRedemptions")}</p>}
        {res.data?.myRedemptions.nodes.map((r) => (
          <div key={r.id} className="list-item">
            <div className="grow">
              <div>{r.item.name}</div>
              <div className="muted">
                {dateTime(r.createdAt)} · {r.status.toLowerCase()}
              </div>
            </div>
            <span>−{r.points}</span>
          </div>
        ))}
      </div>
      <h2>{t("rewards.history")}</h2>
      <div className="card" data-testid="point-history">
        {!res.data?.pointHistory.nodes.length && <p className="muted">{t("rewards.noHistory")}</p>}
        {res.data?.pointHistory.nodes.map((m) => (
          <div key={m.id} className="list-item">
            <div className="grow">
              <div>{m.memo ?? (REASONS[m.reason.toUpperCase()] ? t(REASONS[m.reason.toUpperCase()]) : m.reason)}</div>
              <div className="muted">{dateTime(m.createdAt)}</div>
            </div>
            <strong style={{ color: m.points > 0 ? "#00FF88" : "#E8E8E8" }}>
              {m.points > 0 ? "+" : ""}
              {m.points}
            </strong>
          </div>
        ))}
      </div>
    </Page>
  );
}

export function Membership() {
  const t = useT();
  const [res, requery] = useQuery({ query: MembershipsDocument });
  const [{ fetching: subscribing }, subscribe] = useMutation(SubscribeMembershipDocument);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelMembershipDocument);
  const { message, clear, report } = useOutcome(requery);
  const mine = res.data?.myMembership;
  const plans = res.data?.membershipPlans.nodes ?? [];

  const doSubscribe = async (plan: Plan) => {
    clear();
    const r = await subscribe({ input: { planId: plan.id, idempotencyKey: newIdempotencyKey() } });
    const p = r.data?.subscribeMembership;
    report(Boolean(p?.membership), r, p?.errors, t("membership.subscribed", { plan: plan.name }), t("membership.subscribeFailed"));
  };
  const doCancel = async () => {
    if (!mine) return;
    const r = await cancel({ input: {} });
    const p = r.data?.cancelMembership;
    report(Boolean(p?.membership), r, p?.errors, t("membership.cancelled"), t("membership.cancelFailed"));
  };

  return (
    <Page title={t("membership.title")} back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {mine && (
        <div className="card surface" data-testid="my-membership">
          <div className="muted">{t("membership.yourPlan", { status: enumLabel("membership.status", mine.status) })}</div>
          <div style={{ fontSize: 20, fontWeight: 800 }}>{mine.plan.name}</div>
          <div className="muted">
            {mine.cancelAtPeriodEnd || !mine.renewsAt ? t("membership.ends", { date: dateTime(mine.periodEnd) }) : t("membership.renews", { date: dateTime(mine.renewsAt) })}
          </div>
          {Number(mine.includedKwhRemaining) > 0 && <div className="muted">{t("membership.includedLeft", { kwh: plainKwh(mine.includedKwhRemaining) })}</div>}
          {!mine.cancelAtPeriodEnd && (
            <button className="btn secondary" style={{ marginTop: 10 }} disabled={cancelling} onClick={doCancel}>
              {t("membership.cancel")}
            </button>
          )}
        </div>
      )}
      {plans.map((plan) => (
        <div key={plan.id} className="card">
          <div className="row between">
            <strong>{plan.name}</strong>
            <span style={{ color: "#00FF88", fontWeight: 800 }}>{t("membership.perMonth", { amount: money(plan.monthlyPrice) })}</span>
          </div>
          {plan.description && <p className="muted">{plan.description}</p>}
          <ul className="muted" style={{ paddingLeft: 18 }}>
            {Number(plan.discountPerKwh.amount) > 0 && <li>{t("membership.discount", { amount: money(plan.discountPerKwh) })}</li>}
            {Number(plan.includedKwh) > 0 && <li>{t("membership.included", { kwh: plainKwh(plan.includedKwh) })}</li>}
          </ul>
          <button className="btn" disabled={subscribing || mine?.plan.id === plan.id} onClick={() => doSubscribe(plan)}>
            {mine?.plan.id === plan.id ? t("membership.current") : t("membership.subscribe")}
          </button>
        </div>
      ))}
      {res.data && !plans.length && <p className="muted">{t("membership.none")}</p>}
    </Page>
  );
}
