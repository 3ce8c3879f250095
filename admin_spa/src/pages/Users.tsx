import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { CreateUserMutation, UsersQuery } from "../ops/admin";
import type { AdminUsersQuery, Role } from "../gql/graphql";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { FormView, type FormField } from "../components/Form";
import { usePaged } from "../components/usePaged";
import { dateTime, money } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

type UserRow = AdminUsersQuery["users"]["nodes"][number];
export const ROLES: Role[] = ["DRIVER", "ADMIN"];
const FIELDS: FormField[] = [
  { name: "email", label: "Email", kind: "email", required: true }, { name: "name", label: "Name", required: true },
  { name: "phone", label: "Phone" }, { name: "role", label: "Role", kind: "select", required: true, options: ROLES },
  { name: "password", label: "Initial password (optional)", kind: "password", full: true },
];

export function UsersPage() {
  const [search, setSearch] = useState("");
  const [role, setRole] = useState("");
  const [disabled, setDisabled] = useState("");
  const paged = usePaged();
  const [{ data, error }, refetch] = useQuery({ query: UsersQuery, variables: {
    first: 50, after: paged.after, search: search.trim() || null, role: (role || null) as Role | null, disabled: disabled === "" ? null : disabled === "yes",
  } });
  const [{ fetching }, create] = useMutation(CreateUserMutation);
  const [creating, setCreating] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const navigate = useNavigate();
  const conn = data?.users;
  return (
    <div>
      <PageHeader title="Users"><button className="primary" onClick={() => { setErr(null); setCreating(true); }}>+ New user</button></PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search users" placeholder="Search email, name, phone…" value={search} onChange={(e) => { setSearch(e.target.value); paged.reset(); }} style={{ width: 280 }} />
        <select aria-label="Role" value={role} onChange={(e) => { setRole(e.target.value); paged.reset(); }}><option value="">Any role</option>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
        <select aria-label="State" value={disabled} onChange={(e) => { setDisabled(e.target.value); paged.reset(); }}><option value="">Active + disabled</option><option value="no">Active</option><option value="yes">Disabled</option></select>
      </div>
      <ErrorBox error={error} what="Users" />
      <DataTable<UserRow> rows={conn?.nodes} rowKey={(u) => u.id} onRowClick={(u) => navigate(`/users/${encodeURIComponent(u.id)}`)} columns={[
        { key: "e", title: "Email", render: (u) => <div>{u.email ?? <span className="muted">deleted</span>}<div className="small muted">{u.name}</div></div> },
        { key: "r", title: "Role", render: (u) => <Badge value={u.role} kind="busy" /> },
        { key: "s", title: "State", render: (u) => (u.disabled ? <Badge value="disabled" /> : <Badge value="active" kind="ok" />) },
        { key: "v", title: "Email verified", render: (u) => (u.emailVerified ? "✓" : "✗") },
        { key: "w", title: "Wallet", render: (u) => money(u.wallet.balance) },
        { key: "c", title: "Joined", render: (u) => <span className="small">{dateTime(u.createdAt)}</span> },
        { key: "l", title: "Last login", render: (u) => <span className="small">{dateTime(u.lastLoginAt)}</span> },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
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
