import { useState } from "react";
import { useParams } from "react-router-dom";
import { useMutation, useQuery, type CombinedError } from "urql";
import { AdjustWalletMutation, SetUserDisabledMutation, SetUserRoleMutation, UpdateUserMutation, UserQuery } from "../ops/admin";
import type { AdjustmentKind, Role } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Kpi, Modal, PageHeader, Tabs } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { ROLES } from "./Users";
import { dateTime, money, num } from "../lib/format";
import { describeError, userErrorsText, type UserErrorLike } from "../lib/errors";

const EDIT: FormField[] = [
  { name: "name", label: "Name", required: true }, { name: "email", label: "Email", kind: "email", required: true },
  { name: "phone", label: "Phone" },
];
const ADJUST: FormField[] = [
  { name: "kind", label: "Kind", kind: "select", required: true, options: [{ value: "REFUND", label: "Refund (credit)" }, { value: "ADJUSTMENT", label: "Adjustment (+/-)" }] },
  { name: "amount", label: "Amount (negative to debit)", kind: "decimal", required: true },
  { name: "reason", label: "Reason", kind: "textarea", required: true },
];

export function UserDetailPage() {
  const id = decodeURIComponent(useParams().id ?? "");
  const [{ data, error }, refetch] = useQuery({ query: UserQuery, variables: { id } });
  const [, update] = useMutation(UpdateUserMutation);
  const [, setRole] = useMutation(SetUserRoleMutation);
  const [, setDisabled] = useMutation(SetUserDisabledMutation);
  const [, adjust] = useMutation(AdjustWalletMutation);
  const [tab, setTab] = useState("Wallet");
  const [modal, setModal] = useState<"edit" | "adjust" | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const u = data?.user;
  const w = data?.userWallet;
  const done = (error: CombinedError | undefined, errors: UserErrorLike[] | undefined) => {
    const m = describeError(error)?.message ?? userErrorsText(errors);
    if (m) { setErr(m); return false; }
    setErr(null); setModal(null); refetch({ requestPolicy: "network-only" }); return true;
  };
  return (
    <div className="stack">
      <PageHeader title={u ? u.email ?? u.name : "User"}>
        {u && <>
          <button onClick={() => { setErr(null); setModal("edit"); }}>Edit</button>
          <select aria-label="Role" value={u.role} onChange={async (e) => {
            const r = await setRole({ input: { id: u.id, role: e.target.value as Role } });
            done(r.error, r.data?.adminSetUserRole.errors);
          }}>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
          <button className={u.disabled ? "primary" : "danger"} onClick={async () => {
            const r = await setDisabled({ input: { id: u.id, disabled: !u.disabled } });
            done(r.error, r.data?.adminSetUserDisabled.errors);
          }}>{u.disabled ? "Enable" : "Disable"}</button>
          <button onClick={() => { setErr(null); setModal("adjust"); }}>Refund / adjust wallet</button>
        </>}
      </PageHeader>
      <ErrorBox error={error} what="User" />
      {err && !modal && <div className="alert error">{err}</div>}
      {u && (
        <>
          <div className="grid kpis">
            <Kpi label="Wallet" value={money(w?.balance)} /><Kpi label="Debt" value={money(w?.debt)} />
            <Kpi label="Role" value={u.role} /><Kpi label="State" value={u.disabled ? "disabled" : "active"} />
          </div>
          <Tabs tabs={["Wallet", "Sessions", "Id tags", "Vehicles"]} value={tab} onChange={setTab} />
          {tab === "Wallet" && <DataTable rows={w?.transactions.nodes ?? []} rowKey={(t) => t.id} empty="No wallet movements." columns={[
            { key: "d", title: "When", render: (t) => <span className="small">{dateTime(t.createdAt)}</span> },
            { key: "k", title: "Kind", render: (t) => t.kind }, { key: "a", title: "Amount", render: (t) => money(t.amount) },
            { key: "b", title: "Balance after", render: (t) => money(t.balanceAfter) }, { key: "m", title: "Memo / reason", render: (t) => [t.memo, t.reason].filter(Boolean).join(" — ") },
          ]} />}
          {tab === "Sessions" && <DataTable rows={u.chargingSessions.nodes} rowKey={(s) => s.id} rowHref={(s) => `/sessions/${encodeURIComponent(s.id)}`} empty="No sessions." columns={[
            { key: "t", title: "Tx", render: (s) => s.transactionId }, { key: "s", title: "Status", render: (s) => <Badge value={s.status} /> },
            { key: "d", title: "Started", render: (s) => <span className="small">{dateTime(s.startedAt)}</span> },
            { key: "e", title: "kWh", render: (s) => num((s.energyWh ?? 0) / 1000, 3) }, { key: "c", title: "Cost", render: (s) => money(s.totalCost) },
          ]} />}
          {tab === "Id tags" && <DataTable rows={u.idTags.nodes} rowKey={(t) => t.id} empty="No id tags." columns={[
            { key: "t", title: "Id tag", render: (t) => <code>{t.idTag}</code> }, { key: "k", title: "Kind", render: (t) => t.kind },
            { key: "s", title: "Status", render: (t) => <Badge value={t.status} /> }, { key: "e", title: "Expires", render: (t) => dateTime(t.expiresAt) }, { key: "l", title: "Label", render: (t) => t.label },
          ]} />}
          {tab === "Vehicles" && <DataTable rows={u.vehicles.nodes} rowKey={(v) => v.id} empty="No vehicles." columns={[
            { key: "b", title: "Vehicle", render: (v) => `${v.brand} ${v.model}` }, { key: "n", title: "Nickname", render: (v) => v.nickname },
            { key: "p", title: "Plate", render: (v) => v.plateNumber }, { key: "k", title: "Battery (kWh)", render: (v) => v.batteryKwh },
          ]} />}
          {modal === "edit" && <Modal title="Edit user" onClose={() => setModal(null)}>
            <FormView fields={EDIT} initial={{ name: u.name, email: u.email ?? "", phone: u.phone ?? "" }} serverError={err} onCancel={() => setModal(null)}
              onSubmit={async (v) => {
                const r = await update({ input: { id: u.id, name: String(v.name).trim(), email: String(v.email).trim(), phone: String(v.phone ?? "").trim() || null } });
                done(r.error, r.data?.adminUpdateUser.errors);
              }} />
          </Modal>}
          {modal === "adjust" && <Modal title="Refund or adjust wallet" onClose={() => setModal(null)}>
            <FormView fields={ADJUST} initial={{ kind: "REFUND" }} serverError={err} submitLabel="Post" onCancel={() => setModal(null)}
              onSubmit={async (v) => {
                if (v.kind === "REFUND" && Number(v.amount) <= 0) { setErr("A refund must be positive."); return; }
                const r = await adjust({ input: { userId: u.id, amount: String(v.amount).trim(), reason: String(v.reason).trim(), kind: v.kind as AdjustmentKind,
                  idempotencyKey: typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Date.now()}-${Math.random()}` } });
                done(r.error, r.data?.adjustWallet.errors);
              }} />
          </Modal>}
        </>
      )}
    </div>
  );
}
