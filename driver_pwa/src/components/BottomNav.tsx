import type { Key } from "../i18n/en";
import { useT } from "../lib/i18n";
import { NavLink } from "react-router-dom";

const icon = (d: string) => (
  <svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden>
    <path d={d} />
  </svg>
);

const ITEMS: { to: string; label: Key; d: string; cls?: string }[] = [
  { to: "/home", label: "nav.home", d: "M3 11l9-8 9 8v10a1 1 0 0 1-1 1h-5v-7H9v7H4a1 1 0 0 1-1-1z" },
  { to: "/find", label: "nav.find", d: "M12 22s-7-7.5-7-13a7 7 0 0 1 14 0c0 5.5-7 13-7 13zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z" },
  { to: "/scan", label: "nav.scan", d: "M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3M7 12h10", cls: "scan" },
  { to: "/rewards", label: "nav.rewards", d: "M20 12v9H4v-9M2 7h20v5H2zM12 21V7M12 7H7.5a2.5 2.5 0 1 1 0-5C11 2 12 7 12 7zM12 7h4.5a2.5 2.5 0 1 0 0-5C13 2 12 7 12 7z" },
  { to: "/profile", label: "nav.profile", d: "M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z" },
];

export function BottomNav() {
  const t = useT();
  return (
    <nav className="bottom" aria-label={t("nav.main")}>
      {ITEMS.map((i) => (
        <NavLink key={i.to} to={i.to} className={({ isActive }) => [isActive ? "active" : "", i.cls ?? ""].join(" ")}>
          {icon(i.d)}
          <span>{t(i.label)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
