import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { Loading, Notice, Page } from "../components/ui";
import { describeError, firstUserError, type UserError } from "../lib/client";
import { dateTime, money } from "../lib/format";
import { CANCEL_MEMBERSHIP, MEMBERSHIPS, REDEEM_REWARD, REWARDS, SUBSCRIBE_MEMBERSHIP } from "../graphql/pending";
import type { Nodes, Plan, RewardItem } from "../graphql/types";

interface Redemption {
  id: string;
  status: string;
  createdAt: string;
  item: { id: string; name: string; points: number };
}

export function Rewards() {
  const [res, requery] = useQuery<{ me: { pointsBalance: number }; rewardCatalog: Nodes<RewardItem>; myRedemptions: Nodes<Redemption> }>({ query: REWARDS });
  const [{ fetching }, redeem] = useMutation<{ redeemReward: { redemption: { id: string } | null; errors: UserError[] } }>(REDEEM_REWARD);
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const points = res.data?.me?.pointsBalance ?? 0;

  const doRedeem = async (item: RewardItem) => {
    setMessage(null);
    const r = await redeem({ input: { itemId: item.id } });
    const p = r.data?.redeemReward;
    if (p?.redemption) {
      setMessage({ kind: "info", text: `Redeemed ${item.name}.` });
      requery({ requestPolicy: "network-only" });
    } else setMessage({ kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not redeem." });
  };

  return (
    <Page title="Rewards" actions={<Link className="chip" to="/membership">Plans</Link>}>
      <div className="card surface" style={{ textAlign: "center" }}>
        <div className="muted">Your points</div>
        <div className="big" data-testid="points">{res.data ? points.toLocaleString() : "—"}</div>
        <Link to="/invite" className="muted">Invite friends to earn more →</Link>
      </div>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <h2>Catalog</h2>
      {res.fetching && !res.data && <Loading />}
      <div className="grid2">
        {(res.data?.rewardCatalog.nodes ?? []).map((item) => (
          <div key={item.id} className="card" style={{ marginBottom: 0 }}>
            <div style={{ fontWeight: 700 }}>{item.name}</div>
            <div className="muted">{item.description ?? item.category ?? ""}</div>
            <div style={{ color: "#00FF88", margin: "6px 0" }}>{item.points} pts</div>
            <button className="btn small" disabled={fetching || points < item.points || item.stock === 0} onClick={() => doRedeem(item)}>
              {item.stock === 0 ? "Out of stock" : "Redeem"}
            </button>
          </div>
        ))}
      </div>
      <h2>History</h2>
      <div className="card">
        {!res.data?.myRedemptions.nodes.length && <p className="muted">No redemptions yet.</p>}
        {res.data?.myRedemptions.nodes.map((r) => (
          <div key={r.id} className="list-item">
            <div className="grow">
              <div>{r.item.name}</div>
              <div className="muted">{dateTime(r.createdAt)} · {r.status}</div>
            </div>
            <span>−{r.item.points}</span>
          </div>
        ))}
      </div>
    </Page>
  );
}

interface MyMembership {
  id: string;
  status: string;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
  plan: { id: string; name: string };
}

export function Membership() {
  const [res, requery] = useQuery<{ membershipPlans: Plan[]; myMembership: MyMembership | null }>({ query: MEMBERSHIPS });
  const [{ fetching: subscribing }, subscribe] = useMutation<{ subscribeMembership: { membership: { id: string } | null; errors: UserError[] } }>(SUBSCRIBE_MEMBERSHIP);
  const [{ fetching: cancelling }, cancel] = useMutation<{ cancelMembership: { membership: { id: string } | null; errors: UserError[] } }>(CANCEL_MEMBERSHIP);
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const mine = res.data?.myMembership;

  const doSubscribe = async (plan: Plan) => {
    setMessage(null);
    const r = await subscribe({ input: { planId: plan.id } });
    const p = r.data?.subscribeMembership;
    if (p?.membership) {
      setMessage({ kind: "info", text: `You're on ${plan.name}. The monthly fee was paid from your wallet.` });
      requery({ requestPolicy: "network-only" });
    } else setMessage({ kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not subscribe." });
  };
  const doCancel = async () => {
    if (!mine) return;
    const r = await cancel({ input: { membershipId: mine.id } });
    const p = r.data?.cancelMembership;
    if (p?.membership) {
      setMessage({ kind: "info", text: "Cancelled — your plan stays active until the end of the period." });
      requery({ requestPolicy: "network-only" });
    } else setMessage({ kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not cancel." });
  };

  return (
    <Page title="Membership plans" back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {mine && (
        <div className="card surface">
          <div className="muted">Your plan</div>
          <div style={{ fontSize: 20, fontWeight: 800 }}>{mine.plan.name}</div>
          <div className="muted">
            {mine.cancelAtPeriodEnd ? "Ends" : "Renews"} {dateTime(mine.currentPeriodEnd)}
          </div>
          {!mine.cancelAtPeriodEnd && (
            <button className="btn secondary" style={{ marginTop: 10 }} disabled={cancelling} onClick={doCancel}>
              Cancel at period end
            </button>
          )}
        </div>
      )}
      {(res.data?.membershipPlans ?? []).map((plan) => (
        <div key={plan.id} className="card">
          <div className="row between">
            <strong>{plan.name}</strong>
            <span style={{ color: "#00FF88", fontWeight: 800 }}>{money(plan.monthlyPrice)}/mo</span>
          </div>
          {plan.description && <p className="muted">{plan.description}</p>}
          <ul className="muted" style={{ paddingLeft: 18 }}>
            {plan.discountPerKwh && Number(plan.discountPerKwh.amount) > 0 && <li>{money(plan.discountPerKwh)} off every kWh</li>}
            {plan.includedKwh && Number(plan.includedKwh) > 0 && <li>{Number(plan.includedKwh)} kWh included monthly</li>}
          </ul>
          <button className="btn" disabled={subscribing || mine?.plan.id === plan.id} onClick={() => doSubscribe(plan)}>
            {mine?.plan.id === plan.id ? "Current plan" : "Subscribe from wallet"}
          </button>
        </div>
      ))}
      {res.data && !res.data.membershipPlans.length && <p className="muted">No plans on offer right now.</p>}
    </Page>
  );
}
