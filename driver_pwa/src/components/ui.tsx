import { statusLabel, useLocale, useT } from "../lib/i18n";
import { useEffect, useState, type ReactNode } from "react";
import { ago } from "../lib/format";
import { useNavigate } from "react-router-dom";
import { useOffline } from "../lib/online";

export function Notice({ kind = "info", children }: { kind?: "info" | "warning" | "error"; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <div className={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** The current time, ticking every `intervalMs` (for "N min ago" texts). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "Saved on this phone, updated N min ago" under data the network could not refresh (lib/offline). */
export function KeptAge({ at }: { at: number | null }) {
  const t = useT();
  const now = useNow(15_000);
  if (at === null) return null;
  return (
    <p className="notice info kept-age" role="status" data-testid="kept-age">
      {t("common.keptAge", { when: ago(at, now) })}
    </p>
  );
}

export function OfflineBanner() {
  const offline = useOffline();
  const t = useT();
  if (!offline) return null;
  return (
    <div className="offline-banner" role="status" data-testid="offline-notice">
      {t("common.offline")}
    </div>
  );
}

export function Page({ title, back, children, actions }: { title: string; back?: boolean; children: ReactNode; actions?: ReactNode }) {
  const navigate = useNavigate();
  const t = useT();
  return (
    <>
      <header className="topbar">
        {back ? (
          <button className="back" aria-label={t("common.back")} onClick={() => navigate(-1)}>
            ‹
          </button>
        ) : (
          <span className="brand" aria-hidden>
            ⚡
          </span>
        )}
        <h1>{title}</h1>
        {actions}
      </header>
      <main className="page">{children}</main>
    </>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return <p className="muted" aria-busy="true">{label ?? t("common.loading")}</p>;
}

export function StatusPill({ status }: { status: string }) {
  useLocale();
  return <span className={`status ${status}`} data-status={status}>{statusLabel(status)}</span>;
}
