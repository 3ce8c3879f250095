import { CrudPage, cell } from "../components/CrudPage";
import { MaintenanceOps, MembershipPlanOps, RewardItemOps, TariffOps } from "../pending/ops_admin";
import type { FormField } from "../components/Form";
import { Badge } from "../components/ui";
import { dateTime } from "../lib/format";

const c = (key: string, title: string) => ({ key, title, render: (r: Record<string, unknown>) => cell(r[key]) });

export function MaintenancePage() {
  const fields: FormField[] = [
    { name: "chargePointId", label: "Charger id", required: true },
    { name: "type", label: "Type", kind: "select", required: true, options: ["PREVENTIVE", "CORRECTIVE", "INSPECTION", "INSTALLATION", "FIRMWARE"] },
    { name: "technician", label: "Technician", required: true },
    { name: "status", label: "Status", kind: "select", required: true, options: ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"] },
    { name: "scheduledAt", label: "Scheduled", kind: "datetime-local" },
    { name: "startedAt", label: "Started", kind: "datetime-local" },
    { name: "completedAt", label: "Completed", kind: "datetime-local" },
    { name: "notes", label: "Notes", kind: "textarea" },
  ];
  return <CrudPage title="Maintenance" ops={MaintenanceOps} idField="maintenanceRecordId" fields={fields}
    toValues={(r) => ({ chargePointId: (r.charger as { chargePointId: string } | null)?.chargePointId ?? "", type: String(r.type ?? ""), technician: String(r.technician ?? ""),
      status: String(r.status ?? ""), scheduledAt: String(r.scheduledAt ?? "").slice(0, 16), startedAt: String(r.startedAt ?? "").slice(0, 16),
      completedAt: String(r.completedAt ?? "").slice(0, 16), notes: String(r.notes ?? "") })}
    columns={[
      { key: "ch", title: "Charger", render: (r) => (r.charger as { chargePointId: string } | null)?.chargePointId },
      c("type", "Type"), c("technician", "Technician"),
      { key: "st", title: "Status", render: (r) => <Badge value={String(r.status)} /> },
      { key: "sc", title: "Scheduled", render: (r) => dateTime(r.scheduledAt as string) },
      { key: "co", title: "Completed", render: (r) => dateTime(r.completedAt as string) },
      c("notes", "Notes"),
    ]} />;
}

export function TariffsPage() {
  const fields: FormField[] = [
    { name: "name", label: "Name", required: true }, { name: "currency", label: "Currency", required: true },
    { name: "pricePerKwh", label: "Price per kWh", kind: "decimal", required: true }, { name: "pricePerMinute", label: "Price per minute", kind: "decimal" },
    { name: "sessionFee", label: "Session fee", kind: "decimal" }, { name: "idleFeePerMinute", label: "Idle fee per minute", kind: "decimal" },
    { name: "idleGraceMinutes", label: "Idle grace (min)", kind: "number", min: 0 }, { name: "minCharge", label: "Minimum charge", kind: "decimal" },
    { name: "maxCharge", label: "Maximum charge", kind: "decimal" }, { name: "taxRate", label: "Tax rate (e.g. 0.08)", kind: "decimal" },
    { name: "reservationFee", label: "Reservation fee", kind: "decimal" },
    { name: "isDefault", label: "Default tariff", kind: "checkbox" }, { name: "active", label: "Active", kind: "checkbox" },
    { name: "description", label: "Description", kind: "textarea" },
  ];
  return <CrudPage title="Tariffs" ops={TariffOps} idField="tariffId" fields={fields} columns={[
    c("name", "Name"), c("pricePerKwh", "Per kWh"), c("pricePerMinute", "Per min"), c("sessionFee", "Session fee"),
    c("idleFeePerMinute", "Idle/min"), c("taxRate", "Tax"), c("currency", "Cur."), c("isDefault", "Default"), c("active", "Active"),
  ]} />;
}

export function MembershipPlansPage() {
  const fields: FormField[] = [
    { name: "name", label: "Name", required: true }, { name: "monthlyPrice", label: "Monthly price", kind: "decimal", required: true },
    { name: "discountPerKwh", label: "Discount per kWh", kind: "decimal" }, { name: "includedKwh", label: "Included kWh", kind: "decimal" },
    { name: "active", label: "Active", kind: "checkbox" }, { name: "description", label: "Description", kind: "textarea" },
  ];
  return <CrudPage title="Membership plans" ops={MembershipPlanOps} idField="membershipPlanId" fields={fields} columns={[
    c("name", "Name"), c("monthlyPrice", "Monthly"), c("discountPerKwh", "Discount/kWh"), c("includedKwh", "Included kWh"), c("active", "Active"),
  ]} />;
}

export function RewardsPage() {
  const fields: FormField[] = [
    { name: "name", label: "Name", required: true }, { name: "points", label: "Points", kind: "number", required: true, min: 1 },
    { name: "kind", label: "Kind", kind: "select", required: true, options: ["CREDIT", "DISCOUNT", "FREE_KWH", "VOUCHER", "MERCHANDISE"] },
    { name: "value", label: "Value", kind: "decimal" }, { name: "category", label: "Category" },
    { name: "stock", label: "Stock (empty = unlimited)", kind: "number", min: 0 }, { name: "imageUrl", label: "Image URL" },
    { name: "active", label: "Active", kind: "checkbox" }, { name: "description", label: "Description", kind: "textarea" },
  ];
  return <CrudPage title="Rewards catalog" ops={RewardItemOps} idField="rewardItemId" fields={fields} columns={[
    c("name", "Name"), c("points", "Points"), c("kind", "Kind"), c("value", "Value"), c("category", "Category"), c("stock", "Stock"), c("active", "Active"),
  ]} />;
}
