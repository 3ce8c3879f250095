import { useState } from "react";
import { NavLink, Outlet } from "react-router-dom";
import { useQuery } from "urql";
import { getAuth } from "../auth/store";
import { PlatformQuery } from "../ops/platform";
import { Icon, type IconName } from "./Icons";

const NAV: Array<{ section?: string; to?: string; label?: string; icon?: IconName }> = [
  { to: "/", label: "Dashboard", icon: "dashboard" },
  { section: "Network" },
  { to: "/chargers", label: "Chargers", icon: "bolt" },
  { to: "/sites", label: "Sites", icon: "tag" },
  { to: "/sessions", label: "Sessions", icon: "play" },
  { to: "/metering", label: "Metering", icon: "wave" },
  { to: "/faults", label: "Faults", icon: "alert" },
  { to: "/maintenance", label: "Maintenance", icon: "wrench" },
  { section: "OCPP" },
  { to: "/operations", label: "Operations", icon: "terminal" },
  { to: "/fleet", label: "Fleet operations", icon: "bolt" },
  { to: "/diagnostics", label: "Connection diagnostics", icon: "alert" },
  { to: "/ocpp-log", label: "Live OCPP log", icon: "list" },
  { to: "/expert", label: "Expert mode", icon: "terminal" },
  { to: "/roaming", label: "Roaming partners", icon: "list" },
  { section: "Business" },
  { to: "/invoices", label: "Invoices", icon: "receipt" },
  { to: "/reconciliation", label: "Top-up reconciliation", icon: "alert" },
  { to: "/users", label: "Users", icon: "user" },
  { to: "/id-tags", label: "Id tags", icon: "key" },
  { to: "/support", label: "Support", icon: "mail" },
  { to: "/tariffs", label: "Tariffs", icon: "tag" },
  { to: "/membership-plans", label: "Membership plans", icon: "star" },
  { to: "/rewards", label: "Rewards catalog", icon: "gift" },
  { section: "System" },
  { to: "/settings", label: "Settings", icon: "gear" },
  { to: "/audit", label: "Audit log", icon: "audit" },
  { to: "/api", label: "API keys", icon: "key" },
  { to: "/graphiql", label: "GraphiQL", icon: "braces" },
];

export function Layout({ onLogout }: { onLogout: () => void | Promise<void> }) {
  const [leaving, setLeaving] = useState(false); // signing out: the server is asked for up to 3 s
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem("plagsini.admin.sidebar") === "collapsed");
  const [expanded, setExpanded] = useState(false); // narrow screens: sidebar opened on demand
  const [{ data }] = useQuery({ query: PlatformQuery });
  const toggle = () => {
    if (window.matchMedia("(max-width: 1100px)").matches) { setExpanded((e) => !e); return; }
    const next = !collapsed;
    setCollapsed(next);
    localStorage.setItem("plagsini.admin.sidebar", next ? "collapsed" : "open");
  };
  const user = getAuth()?.user;
  return (
    <div className={`layout ${collapsed ? "collapsed" : ""} ${expanded ? "expanded" : ""}`}>
      <aside className="sidebar" aria-label="Main navigation">
        <div className="brand">
          <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden><path d="M18 3 7 18h7l-2 11 11-15h-7z" fill="#00FF88" /></svg>
          <span className="label">PlagSini</span>
        </div>
        <nav className="nav">
          {NAV.map((n, i) => n.section ? (
            <div className="section" key={i}>{n.section}</div>
          ) : (
            <NavLink key={n.to} to={n.to!} end={n.to === "/"} title={n.label} onClick={() => setExpanded(false)}>
              <span className="icon" aria-hidden><Icon name={n.icon!} /></span><span className="label">{n.label}</span>
            </NavLink>
          ))}
        </nav>
        <div className="sidebar-foot small muted">
          <span className="label">{data?.platform ? `v${data.platform.version} · ${data.platform.environment}` : ""}</span>
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <button className="ghost" onClick={toggle} aria-label="Toggle sidebar" data-testid="sidebar-toggle"><Icon name="menu" /></button>
          <span className="muted">{data?.platform?.name ?? "PlagSini"} operator console</span>
          <span className="spacer" />
          <span className="small muted">{user?.email ?? ""}</span>
          <button
            onClick={() => {
              setLeaving(true);
              void onLogout();
            }}
            disabled={leaving}
            data-testid="logout"
          >
            {leaving ? "Signing out…" : "Sign out"}
          </button>
        </header>
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
