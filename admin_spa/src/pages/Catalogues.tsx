import { useMutation, useQuery } from "urql";
import { CrudPage, cell, isoOrNull, localValue, opt, savedThen } from "../components/CrudPage";
import {
  CreateMaintenanceMutation, CreatePlanMutation, CreateRewardMutation, CreateTariffMutation, DeactivatePlanMutation, DeactivateTariffMutation,
  DeleteMaintenanceMutation, DeleteRewardMutation, MaintenanceQuery, PlansQuery, RewardsQuery, SetDefaultTariffMutation, TariffsQuery,
  UpdateMaintenanceMutation, UpdatePlanMutation, UpdateRewardMutation, UpdateTariffMutation,
} from "../ops/admin";
import { ChargersQuery } from "../ops/chargers";
import type { MaintenanceKind, MaintenanceStatus, RewardKind } from "../gql/graphql";
import type { FormField, Values } from "../components/Form";
import { Badge } from "../components/ui";
import { dateTime, money } from "../lib/format";

const NETWORK = { requestPolicy: "network-only" } as const;
const KINDS: MaintenanceKind[] = ["PREVENTIVE", "CORRECTIVE", "INSPECTION", "INSTALLATION", "FIRMWARE", "OTHER"];
const STATUSES: MaintenanceStatus[] = ["SCHEDULED", "IN_PROGRESS", "COMPLETED", "CANCELLED"];

export function MaintenancePage() {
  const [{ data, error }, refetch] = useQuery({ query: MaintenanceQuery, variables: { first: 100 } });
  const [chargers] = useQuery({ query: ChargersQuery, variables: { first: 100 } });
  const [, create] = useMutation(CreateMaintenanceMutation);
  const [, update] = useMutation(UpdateMaintenanceMutation);
  const [, remove] = useMutation(DeleteMaintenanceMutation);
  const fields: FormField[] = [
    { name: "chargerId", label: "Charger", kind: "select", required: true, options: (chargers.data?.chargers.nodes ?? []).map((c) => ({ value: c.id, label: c.chargePointId })) },
    { name: "kind", label: "Type", kind: "select", required: true, options: KINDS },
    { name: "technician", label: "Technician" },
    { name: "status", label: "Status", kind: "select", required: true, options: STATUSES },
    { name: "scheduledAt", label: "Scheduled", kind: "datetime-local" },
    { name: "startedAt", label: "Started", kind: "datetime-local" },
    { name: "completedAt", label: "Completed", kind: "datetime-local" },
    { name: "notes", label: "Notes", kind: "textarea", full: true },
  ];
  const common = (v: Values) => ({
    kind: v.kind as MaintenanceKind, status: v.status as MaintenanceStatus, technician: opt(v.technician), notes: opt(v.notes),
    scheduledAt: isoOrNull(v.scheduledAt), startedAt: isoOrNull(v.startedAt), completedAt: isoOrNull(v.completedAt),
  });
  const saved = savedThen(() => refetch(NETWORK));
  return <CrudPage title="Maintenance" rows={data?.maintenanceRecords.nodes} error={error} fields={fields}
    toValues={(r) => ({ chargerId: r.charger.id, kind: r.kind, technician: r.technician ?? "", status: r.status, scheduledAt: localValue(r.scheduledAt),
      startedAt: localValue(r.startedAt), completedAt: localValue(r.completedAt), notes: r.notes ?? "" })}
    onCreate={async (v) => saved(await create({ input: { chargerId: String(v.chargerId), ...common(v) } }), (d) => d.createMaintenanceRecord.errors)}
    onUpdate={async (row, v) => saved(await update({ input: { id: row.id, ...common(v) } }), (d) => d.updateMaintenanceRecord.errors)}
    onRemove={async (row) => saved(await remove({ input: { id: row.id } }), (d) => d.deleteMaintenanceRecord.errors)}
    columns={[
      { key: "ch", title: "Charger", render: (r) => r.charger.chargePointId },
      { key: "k", title: "Type", render: (r) => r.kind }, { key: "t", title: "Technician", render: (r) => cell(r.technician) },
      { key: "st", title: "Status", render: (r) => <Badge value={r.status} /> },
      { key: "sc", title: "Scheduled", render: (r) => dateTime(r.scheduledAt) },
      { key: "co", title: "Completed", render: (r) => dateTime(r.completedAt) },
      { key: "n", title: "Notes", render: (r) => cell(r.notes) },
    ]} />;
}

const TARIFF_FIELDS: FormField[] = [
  { name: "name", label: "Name", required: true },
  { name: "pricePerKwh", label: "Price per kWh", kind: "decimal", required: true }, { name: "pricePerMinute", label: "Price per minute", kind: "decimal" },
  { name: "sessionFee", label: "Session fee", kind: "decimal" }, { name: "idleFeePerMinute", label: "Idle fee per minute", kind: "decimal" },
  { name: "idleGraceMinutes", label: "Idle grace (min)", kind: "number", min: 0 }, { name: "minCharge", label: "Minimum charge", kind: "decimal" },
  { name: "maxCharge", label: "Maximum charge (empty = none)", kind: "decimal" }, { name: "taxRate", label: "Tax rate (e.g. 0.08)", kind: "decimal" },
  { name: "reservationFee", label: "Reservation fee", kind: "decimal" },
  { name: "description", label: "Description", kind: "textarea", full: true },
];
const dec = (v: string | boolean | undefined) => opt(v) ?? "0";

export function TariffsPage() {
  const [{ data, error }, refetch] = useQuery({ query: TariffsQuery, variables: { first: 100 } });
  const [, create] = useMutation(CreateTariffMutation);
  const [, update] = useMutation(UpdateTariffMutation);
  const [, setDefault] = useMutation(SetDefaultTariffMutation);
  const [, deactivate] = useMutation(DeactivateTariffMutation);
  const prices = (v: Values) => ({
    name: String(v.name).trim(), description: opt(v.description), pricePerKwh: dec(v.pricePerKwh), pricePerMinute: dec(v.pricePerMinute),
    sessionFee: dec(v.sessionFee), idleFeePerMinute: dec(v.idleFeePerMinute), idleGraceMinutes: Number(v.idleGraceMinutes || 0),
    minCharge: dec(v.minCharge), maxCharge: opt(v.maxCharge), taxRate: dec(v.taxRate), reservationFee: dec(v.reservationFee),
  });
  const saved = savedThen(() => refetch(NETWORK));
  return <CrudPage title="Tariffs" rows={data?.tariffs.nodes} error={error} fields={TARIFF_FIELDS}
    toValues={(t) => ({ name: t.name, description: t.description ?? "", pricePerKwh: t.pricePerKwh.amount, pricePerMinute: t.pricePerMinute.amount,
      sessionFee: t.sessionFee.amount, idleFeePerMinute: t.idleFeePerMinute.amount, idleGraceMinutes: String(t.idleGraceMinutes), minCharge: t.minCharge.amount,
      maxCharge: t.maxCharge?.amount ?? "", taxRate: t.taxRate, reservationFee: t.reservationFee.amount })}
    onCreate={async (v) => saved(await create({ input: prices(v) }), (d) => d.createTariff.errors)}
    onUpdate={async (t, v) => saved(await update({ input: { id: t.id, ...prices(v) } }), (d) => d.updateTariff.errors)}
    onRemove={async (t) => saved(await deactivate({ input: { id: t.id } }), (d) => d.deactivateTariff.errors)}
    removeLabel="Deactivate"
    actions={(t, setErr) => (t.isDefault || !t.active ? null : <button onClick={async () => {
      setErr(saved(await setDefault({ input: { id: t.id } }), (d) => d.setDefaultTariff.errors));
    }}>Make default</button>)}
    columns={[
      { key: "n", title: "Name", render: (t) => <b>{t.name}</b> }, { key: "k", title: "Per kWh", render: (t) => money(t.pricePerKwh) },
      { key: "m", title: "Per min", render: (t) => money(t.pricePerMinute) }, { key: "f", title: "Session fee", render: (t) => money(t.sessionFee) },
      { key: "i", title: "Idle/min", render: (t) => money(t.idleFeePerMinute) }, { key: "x", title: "Tax", render: (t) => t.taxRate },
      { key: "d", title: "Default", render: (t) => cell(t.isDefault) }, { key: "a", title: "Active", render: (t) => cell(t.active) },
    ]} />;
}

const PLAN_FIELDS: FormField[] = [
  { name: "name", label: "Name", required: true }, { name: "monthlyPrice", label: "Monthly price", kind: "decimal", required: true },
  { name: "discountPerKwh", label: "Discount per kWh", kind: "decimal" }, { name: "includedKwh", label: "Included kWh per month", kind: "decimal" },
  { name: "active", label: "Active", kind: "checkbox" }, { name: "description", label: "Description", kind: "textarea", full: true },
];

export function MembershipPlansPage() {
  const [{ data, error }, refetch] = useQuery({ query: PlansQuery, variables: { first: 100 } });
  const [, create] = useMutation(CreatePlanMutation);
  const [, update] = useMutation(UpdatePlanMutation);
  const [, deactivate] = useMutation(DeactivatePlanMutation);
  const input = (v: Values) => ({ name: String(v.name).trim(), description: opt(v.description), monthlyPrice: dec(v.monthlyPrice),
    discountPerKwh: dec(v.discountPerKwh), includedKwh: dec(v.includedKwh), active: Boolean(v.active) });
  const saved = savedThen(() => refetch(NETWORK));
  return <CrudPage title="Membership plans" rows={data?.membershipPlans.nodes} error={error} fields={PLAN_FIELDS}
    toValues={(p) => ({ name: p.name, description: p.description ?? "", monthlyPrice: p.monthlyPrice.amount, discountPerKwh: p.discountPerKwh.amount,
      includedKwh: p.includedKwh, active: p.active })}
    onCreate={async (v) => saved(await create({ input: input(v) }), (d) => d.createMembershipPlan.errors)}
    onUpdate={async (p, v) => saved(await update({ input: { id: p.id, ...input(v) } }), (d) => d.updateMembershipPlan.errors)}
    onRemove={async (p) => saved(await deactivate({ input: { id: p.id } }), (d) => d.deactivateMembershipPlan.errors)}
    removeLabel="Deactivate"
    columns={[
      { key: "n", title: "Name", render: (p) => <b>{p.name}</b> }, { key: "m", title: "Monthly", render: (p) => money(p.monthlyPrice) },
      { key: "d", title: "Discount/kWh", render: (p) => money(p.discountPerKwh) }, { key: "i", title: "Included kWh", render: (p) => p.includedKwh },
      { key: "a", title: "Active", render: (p) => cell(p.active) },
    ]} />;
}

const REWARD_KINDS: RewardKind[] = ["FREE_KWH", "DISCOUNT", "MERCH"];
const REWARD_FIELDS: FormField[] = [
  { name: "name", label: "Name", required: true }, { name: "points", label: "Points", kind: "number", required: true, min: 1 },
  { name: "kind", label: "Kind", kind: "select", required: true, options: REWARD_KINDS },
  { name: "value", label: "Value (kWh for FREE_KWH, amount for DISCOUNT)", kind: "decimal" }, { name: "category", label: "Category" },
  { name: "stock", label: "Stock (empty = unlimited)", kind: "number", min: 0 }, { name: "imageUrl", label: "Image URL" },
  { name: "active", label: "Active", kind: "checkbox" }, { name: "description", label: "Description", kind: "textarea", full: true },
];

export function RewardsPage() {
  const [{ data, error }, refetch] = useQuery({ query: RewardsQuery, variables: { first: 100 } });
  const [, create] = useMutation(CreateRewardMutation);
  const [, update] = useMutation(UpdateRewardMutation);
  const [, remove] = useMutation(DeleteRewardMutation);
  const input = (v: Values) => ({ name: String(v.name).trim(), points: Number(v.points), kind: v.kind as RewardKind, value: opt(v.value),
    category: opt(v.category), description: opt(v.description), stock: opt(v.stock) === null ? null : Number(v.stock), imageUrl: opt(v.imageUrl), active: Boolean(v.active) });
  const saved = savedThen(() => refetch(NETWORK));
  return <CrudPage title="Rewards catalog" rows={data?.rewardCatalog.nodes} error={error} fields={REWARD_FIELDS}
    toValues={(i) => ({ name: i.name, points: String(i.points), kind: i.kind, value: i.freeKwh ?? i.discount?.amount ?? "", category: i.category ?? "",
      stock: i.stock == null ? "" : String(i.stock), imageUrl: i.imageUrl ?? "", active: i.active, description: i.description ?? "" })}
    onCreate={async (v) => saved(await create({ input: input(v) }), (d) => d.createRewardItem.errors)}
    onUpdate={async (i, v) => saved(await update({ input: { id: i.id, ...input(v) } }), (d) => d.updateRewardItem.errors)}
    onRemove={async (i) => saved(await remove({ input: { id: i.id } }), (d) => d.deleteRewardItem.errors)}
    columns={[
      { key: "n", title: "Name", render: (i) => <b>{i.name}</b> }, { key: "p", title: "Points", render: (i) => i.points },
      { key: "k", title: "Kind", render: (i) => i.kind }, { key: "v", title: "Value", render: (i) => i.freeKwh ? `${i.freeKwh} kWh` : money(i.discount) },
      { key: "c", title: "Category", render: (i) => cell(i.category) }, { key: "s", title: "Stock", render: (i) => (i.stock == null ? "∞" : i.stock) },
      { key: "a", title: "Active", render: (i) => cell(i.active) },
    ]} />;
}
