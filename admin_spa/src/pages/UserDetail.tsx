import { useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { AdjustWalletMutation, UpdateUserMutation, UserQuery, type WalletTx } from "../pending/ops_admin";
import type { SessionRow } from "../pending/types";
import { Badge, DataTable, ErrorBox, Kpi, Modal, PageHeader, Tabs } from "../components/ui";
import { FormView, toInput, type FormField } from "../components/Form";
import { SessionColumns } from "./Sessions";
import { ROLES } from "./Users";
import { dateTime, money } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

const EDIT: FormField[] = [
  { name: "name", label: "Name", required: true }, { name: "email", label: "Email", kind: "email", required: true },
  { name: "phone", label: "Phone" }, { name: "role", label: "Role", kind: "select", required: true, options: ROLES },
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
  const [, adjust] = useMutation(AdjustWalletMutation);
  const [tab, setTab] = useState("Wallet");
  const [modal, setModal] = useState<"edit" | "adjust" | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const navigate = useNavigate();
  const u = data?.user;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const run = async (p: Promise<{ error?: Parameters<typeof describeError>[0]; data?: Record<string, { errors?: Array<{ message: string }> }> }>, field: string) => {
    const r = await p;
    const m = describeError(r.error ?? null)?.message ?? userErrorsText(r.data?.[field]?.errors);
    if (m) { setErr(m); return false; }
    setErr(null); setModal(null); reload(); return true;
  };
  return (
    <div className="stack">
      <PageHeader title={u ? u.email ?? u.name : "User"}>
        {u && <>
          <button onClick={() => setModal("edit")}>Edit</button>
          <button className={u.disabled ? "primary" : "danger"} onClick={() => run(update({ input: { userId: u.id, disabled: !u.disabled } }), "adminUpdateUser")}>{u.disabled ? "Enable" : "Disable"}</button>
          <button onClick={() => setModal("adjust")}>Refund / adjust wallet</button>
        </>}
      </PageHeader>
      <ErrorBox error={error} what="User" />
      {err && !modal && <div className="alert error">{err}</div>}
      {u && (
        <>
          <div className="grid kpis">
            <Kpi label="Wallet" value={money(u.walletBalance)} /><Kpi label="Points" value={u.pointsBalance ?? "—"} />
            <Kpi label="Role" value={u.role} /><Kpi label="State" value={u.disabled ? "disabled" : "active"} />
          </div>
          <Tabs tabs={["Wallet", "Sessions", "Id tags", "Vehicles"]} value={tab} onChange={setTab} />
          {tab === "Wallet" && <DataTable<WalletTx> rows={u.walletTransactions.nodes} rowKey={(t) => t.id} empty="No wallet movements." columns={[
            { key: "d", title: "When", render: (t) => <span className="small">{dateTime(t.createdAt)}</span> },
            { key: "k", title: "Kind", render: (t) => t.kind }, { key: "a", title: "Amount", render: (t) => money(t.amount) },
            { key: "b", title: "Balance after", render: (t) => money(t.balanceAfter) }, { key: "m", title: "Memo / reason", render: (t) => [t.memo, t.reason].filter(Boolean).join(" — ") },
          ]} />}
          {tab === "Sessions" && <DataTable<SessionRow> rows={u.chargingSessions.nodes} rowKey={(s) => s.id} onRowClick={(s) => navigate(`/sessions/${encodeURIComponent(s.id)}`)} columns={SessionColumns()} />}
          {tab === "Id tags" && <DataTable rows={u.idTags} rowKey={(t) => t.id} empty="No id tags." columns={[
            { key: "t", title: "Id tag", render: (t) => <code>{t.idTag}</code> }, { key: "k", title: "Kind", render: (t) => t.kind },
            { key: "s", title: "Status", render: (t) => <Badge value={t.status} /> }, { key: "e", title: "Expires", render: (t) => dateTime(t.expiresAt) }, { key: "l", title: "Label", render: (t) => t.label },
          ]} />}
          {tab === "Vehicles" && <DataTable rows={u.vehicles} rowKey={(v) => v.id} empty="No vehicles." columns={[
            { key: "b", title: "Vehicle", render: (v) => `${v.brand} ${v.model}` }, { key: "n", title: "Nickname", render: (v) => v.nickname },
            { key: "p", title: "Plate", render: (v) => v.plateNumber }, { key: "k", title: "Battery (kWh)", render: (v) => v.batteryKwh },
          ]} />}
          {modal === "edit" && <Modal title="Edit user" onClose={() => setModal(null)}>
            <FormView fields={EDIT} initial={{ name: u.name, email: u.email ?? "", phone: u.phone ?? "", role: u.role }} serverError={err} onCancel={() => setModal(null)}
              onSubmit={(v) => run(update({ input: { userId: u.id, ...toInput(EDIT, v) } }), "adminUpdateUser")} />
          </Modal>}
          {modal === "adjust" && <Modal title="Refund or adjust wallet" onClose={() => setModal(null)}>
            <FormView fields={ADJUST} initial={{ kind: "REFUND" }} serverError={err} submitLabel="Post" onCancel={() => setModal(null)}
              onSubmit={(v) => {
                if (v.kind === "REFUND" && Number(v.amount) <= 0) { setErr("A refund must be positive."); return; }
                void run(adjust({ input: { userId: u.id, amount: String(v.amount).trim(), reason: String(v.reason).trim(), kind: String(v.kind) } }), "adjustWallet");
              }} />
          </Modal>}
        </>
      )}
    </div>
  );
}
