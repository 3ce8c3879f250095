import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { CreateUserMutation, UsersQuery } from "../ops/admin";
import type { AdminUsersQuery, Role, UserOrder } from "../gql/graphql";
import { Badge, DataTable, Modal, PageHeader, Pager, type Column } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { CsvButton, useListState } from "../components/listing";
import { dateTime, money } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

type UserRow = AdminUsersQuery["users"]["nodes"][number];
export const ROLES: Role[] = ["DRIVER", "ADMIN"];
const FIELDS: FormField[] = [
  { name: "email", label: "Email", kind: "email", required: true }, { name: "name", label: "Name", required: true },
  { name: "phone", label: "Phone" }, { name: "role", label: "Role", kind: "select", required: true, options: ROLES },
  { name: "password", label: "Initial password (optional)", kind: "password", full: true },
];

const COLUMNS: Column<UserRow>[] = [
  { key: "e", title: "Email", sort: "EMAIL", render: (u) => u.email ?? <span className="muted">deleted</span>, csv: (u) => u.email },
  { key: "n", title: "Name", sort: "NAME", render: (u) => u.name, csv: (u) => u.name },
  { key: "r", title: "Role", sort: "ROLE", render: (u) => <Badge value={u.role} kind="busy" />, csv: (u) => u.role },
  { key: "s", title: "State", render: (u) => (u.disabled ? <Badge value="disabled" /> : <Badge value="active" kind="ok" />), csv: (u) => (u.disabled ? "disabled" : "active") },
  { key: "v", title: "Email verified", render: (u) => (u.emailVerified ? "✓" : "✗"), csv: (u) => u.emailVerified },
  { key: "w", title: "Wallet", render: (u) => money(u.wallet.balance), csv: (u) => u.wallet.balance.amount },
  { key: "c", title: "Joined", sort: "CREATED_AT", render: (u) => <span className="small">{dateTime(u.createdAt)}</span>, csv: (u) => u.createdAt },
  { key: "l", title: "Last login", sort: "LAST_LOGIN_AT", render: (u) => <span className="small">{dateTime(u.lastLoginAt)}</span>, csv: (u) => u.lastLoginAt },
];

export function UsersPage() {
  const list = useListState();
  const disabled = list.get("state");
  const variables = {
    search: list.get("q").trim() || null, role: (list.get("role") || null) as Role | null, disabled: disabled === "" ? null : disabled === "disabled",
    orderBy: list.sort as UserOrder | null,
  };
  const [{ data, error, fetching: loading }, refetch] = useQuery({ query: UsersQuery, variables: { ...variables, first: list.pageSize, after: list.after } });
  const [{ fetching }, create] = useMutation(CreateUserMutation);
  const [creating, setCreating] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const conn = data?.users;
  return (
    <div>
      <PageHeader title="Users">
        <CsvButton filename="users.csv" columns={COLUMNS} query={UsersQuery} variables={variables} pick={(d) => d.users} />
        <button className="primary" onClick={() => { setErr(null); setCreating(true); }}>+ New user</button>
      </PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search users" placeholder="Search email, name, phone…" value={list.get("q")} onChange={(e) => list.set({ q: e.target.value }, true)} style={{ width: 280 }} />
        <select aria-label="Role" value={list.get("role")} onChange={(e) => list.set({ role: e.target.value })}><option value="">Any role</option>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
        <select aria-label="State" value={disabled} onChange={(e) => list.set({ state: e.target.value })}><option value="">Active + disabled</option><option value="active">Active</option><option value="disabled">Disabled</option></select>
      </div>
      <DataTable<UserRow> rows={conn?.nodes} loading={loading} error={error} caption="Users" rowKey={(u) => u.id}
        rowHref={(u) => `/users/${encodeURIComponent(u.id)}`} sort={list.sort} onSort={list.toggleSort} columns={COLUMNS} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={list.page > 1} onNext={() => list.next(conn?.pageInfo.endCursor)} onPrev={list.prev}
        page={list.page} pageSize={list.pageSize} onPageSize={list.setPageSize} />
      {creating && (
        <Modal title="New user" onClose={() => setCreating(false)}>
          <FormView fields={FIELDS} initial={{ role: "DRIVER" }} busy={fetching} serverError={err} onCancel={() => setCreating(false)} onSubmit={async (v) => {
            const r = await create({ input: { email: String(v.email).trim(), name: String(v.name).trim(), phone: String(v.phone ?? "").trim() || null,
              role: v.role as Role, password: String(v.password ?? "") || null } });
            const m = describeError(r.error)?.message ?? userErrorsText(r.data?.adminCreateUser.errors);
            if (m) { setErr(m); return; }
            setCreating(false); setErr(null); refetch({ requestPolicy: "network-only" });
          }} />
        </Modal>
      )}
    </div>
  );
}
