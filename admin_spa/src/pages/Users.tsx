import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { CreateUserMutation, UsersQuery, type AdminUser } from "../pending/ops_admin";
import { Badge, DataTable, ErrorBox, Modal, PageHeader, Pager } from "../components/ui";
import { FormView, toInput, type FormField } from "../components/Form";
import { usePaged } from "../components/usePaged";
import { dateTime, money } from "../lib/format";
import { describeError, userErrorsText } from "../lib/errors";

export const ROLES = ["driver", "operator", "admin"];
export const USER_FIELDS: FormField[] = [
  { name: "email", label: "Email", kind: "email", required: true }, { name: "name", label: "Name", required: true },
  { name: "phone", label: "Phone" }, { name: "role", label: "Role", kind: "select", required: true, options: ROLES },
  { name: "password", label: "Initial password (optional: an invitation is emailed otherwise)", kind: "password", full: true },
];

export function UsersPage() {
  const [search, setSearch] = useState("");
  const [role, setRole] = useState("");
  const paged = usePaged();
  const [{ data, error }, refetch] = useQuery({ query: UsersQuery, variables: { first: 50, after: paged.after, search: search || null, role: role || null } });
  const [{ fetching }, create] = useMutation(CreateUserMutation);
  const [creating, setCreating] = useState(false);
  const [err, setErr] = useState<string | null>(null);
  const navigate = useNavigate();
  const conn = data?.users;
  return (
    <div>
      <PageHeader title="Users"><button className="primary" onClick={() => setCreating(true)}>+ New user</button></PageHeader>
      <div className="row" style={{ marginBottom: 12 }}>
        <input aria-label="Search users" placeholder="Search email, name, phone…" value={search} onChange={(e) => { setSearch(e.target.value); paged.reset(); }} style={{ width: 280 }} />
        <select aria-label="Role" value={role} onChange={(e) => { setRole(e.target.value); paged.reset(); }}><option value="">Any role</option>{ROLES.map((r) => <option key={r}>{r}</option>)}</select>
      </div>
      <ErrorBox error={error} what="Users" />
      <DataTable<AdminUser> rows={conn?.nodes} rowKey={(u) => u.id} onRowClick={(u) => navigate(`/users/${encodeURIComponent(u.id)}`)} columns={[
        { key: "e", title: "Email", render: (u) => <div>{u.email}<div className="small muted">{u.name}</div></div> },
        { key: "r", title: "Role", render: (u) => <Badge value={u.role} kind="busy" /> },
        { key: "s", title: "State", render: (u) => (u.disabled ? <Badge value="disabled" /> : <Badge value="active" kind="ok" />) },
        { key: "w", title: "Wallet", render: (u) => money(u.walletBalance) },
        { key: "p", title: "Points", render: (u) => u.pointsBalance ?? "—" },
        { key: "c", title: "Joined", render: (u) => <span className="small">{dateTime(u.createdAt)}</span> },
        { key: "l", title: "Last login", render: (u) => <span className="small">{dateTime(u.lastLoginAt)}</span> },
      ]} />
      <Pager total={conn?.totalCount} hasNext={conn?.pageInfo.hasNextPage} hasPrev={paged.page > 1} onNext={() => paged.next(conn?.pageInfo.endCursor)} onPrev={paged.prev} />
      {creating && (
        <Modal title="New user" onClose={() => setCreating(false)}>
          <FormView fields={USER_FIELDS} initial={{ role: "driver" }} busy={fetching} serverError={err} onCancel={() => setCreating(false)} onSubmit={async (v) => {
            const r = await create({ input: toInput(USER_FIELDS, v) });
            const m = describeError(r.error)?.message ?? userErrorsText(r.data?.adminCreateUser.errors);
            if (m) { setErr(m); return; }
            setCreating(false); setErr(null); refetch({ requestPolicy: "network-only" });
          }} />
        </Modal>
      )}
    </div>
  );
}
