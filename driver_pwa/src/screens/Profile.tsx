import { startTransition, useEffect, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { Loading, Notice, Page } from "../components/ui";
import { getTokens, setTokens } from "../lib/auth";
import { describeError, firstUserError } from "../lib/client";
import { useTokens } from "../lib/session";
import { revokeWithin } from "@shared/tokens";
import type { Key } from "../i18n/en";
import { enumLabel, INTL_TAG, LOCALE_NAMES, LOCALES, setLocale, useLocale, useT } from "../lib/i18n";
import { num, plainKwh } from "../lib/format";
import { ApplyReferralCodeDocument, MyReferralDocument, CreateVehicleDocument, DeleteVehicleDocument, LogoutDocument, MeDocument, SendSupportMessageDocument, MyVehiclesDocument, UpdateProfileDocument, type VehicleConnectorType } from "../gql/graphql";

const LINKS: [string, Key][] = [
  ["/profile/edit", "profile.edit"],
  ["/vehicles", "profile.vehicles"],
  ["/wallet", "profile.wallet"],
  ["/payment-methods", "profile.paymentMethods"],
  ["/history", "profile.history"],
  ["/membership", "profile.membership"],
  ["/invite", "profile.invite"],
  ["/faq", "profile.faq"],
  ["/contact", "profile.contact"],
];

/** The language switch: stored on this device at once, and on the profile by LocaleSync. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const [saved, setSaved] = useState(false);
  return (
    <div className="card">
      <h2 style={{ marginTop: 0 }} id="language-label">{t("profile.language")}</h2>
      <div className="lang-switch" role="radiogroup" aria-labelledby="language-label">
        {LOCALES.map((l) => (
          <button
            key={l}
            role="radio"
            aria-checked={l === locale}
            lang={INTL_TAG[l]}
            className={`chip${l === locale ? " on" : ""}`}
            data-testid={`lang-${l}`}
            onClick={() => {
              setLocale(l);
              setSaved(true);
            }}
          >
            {LOCALE_NAMES[l]}
          </button>
        ))}
      </div>
      {saved && <Notice kind="info">{t("profile.languageSaved")}</Notice>}
    </div>
  );
}

export function Profile() {
  const navigate = useNavigate();
  const [res] = useQuery({ query: MeDocument });
  const [, logout] = useMutation(LogoutDocument);
  const me = res.data?.me;
  const t = useT();
  const [signingOut, setSigningOut] = useState(false);
  const signOut = async () => {
    setSigningOut(true);
    const refreshToken = getTokens()?.refreshToken;
    // The server ends the sign-in; a network that does not answer in 3 s does not keep the driver in.
    if (refreshToken) await revokeWithin(logout({ input: { refreshToken } }));
    // Both in one render: the router moves in a transition, so forgetting the tokens on its own
    // would first render this screen signed out, and its guard would send the driver to
    // /login?next=/profile (the next sign-in on this phone landing on the profile, not home).
    startTransition(() => {
      setTokens(null);
      navigate("/login", { replace: true });
    });
  };
  return (
    <Page title={t("profile.title")}>
      <div className="card surface row">
        <div style={{ width: 52, height: 52, borderRadius: "50%", background: "#00AA55", display: "grid", placeItems: "center", fontWeight: 800, fontSize: 22, color: "#04130b" }}>
          {(me?.name || me?.email || "?").slice(0, 1).toUpperCase()}
        </div>
        <div className="grow">
          <div style={{ fontWeight: 700 }} data-testid="profile-name">{me?.name || "—"}</div>
          <div className="muted">{me?.email}</div>
          {me?.phone && <div className="muted">{me.phone}</div>}
        </div>
      </div>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <div className="card">
        {LINKS.map(([to, label]) => (
          <Link key={to} to={to} className="list-item">
            <span className="grow">{t(label)}</span>
            <span className="muted">›</span>
          </Link>
        ))}
      </div>
      <LanguageSwitch />
      <button className="btn secondary" onClick={signOut} disabled={signingOut}>
        {t(signingOut ? "profile.signingOut" : "profile.signOut")}
      </button>
    </Page>
  );
}

export function EditProfile() {
  const [res] = useQuery({ query: MeDocument });
  const t = useT();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [message, setMessage] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [{ fetching }, update] = useMutation(UpdateProfileDocument);
  useEffect(() => {
    if (res.data?.me) {
      setName(res.data.me.name ?? "");
      setPhone(res.data.me.phone ?? "");
    }
  }, [res.data]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await update({ input: { name: name.trim(), phone: phone.trim() || null } });
    const p = r.data?.updateProfile;
    setMessage(p?.user ? { kind: "info", text: t("edit.saved") } : { kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? t("edit.failed") });
  };
  return (
    <Page title={t("edit.title")} back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <form className="card" onSubmit={submit}>
        <label htmlFor="name">{t("auth.fullName")}</label>
        <input id="name" value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor="phone">{t("edit.phone")}</label>
        <input id="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
        <label htmlFor="email">{t("auth.email")}</label>
        <input id="email" value={res.data?.me?.email ?? ""} disabled />
        {message && <Notice kind={message.kind}>{message.text}</Notice>}
        <div style={{ height: 12 }} />
        <button className="btn" disabled={fetching}>{t("edit.save")}</button>
      </form>
    </Page>
  );
}

const CONNECTOR_TYPES: [VehicleConnectorType, string][] = [["CCS2", "CCS2"], ["TYPE2", "Type 2"], ["CHADEMO", "CHAdeMO"], ["GBT", "GB/T"]];

export function Vehicles() {
  const [res, requery] = useQuery({ query: MyVehiclesDocument });
  const t = useT();
  const [, create] = useMutation(CreateVehicleDocument);
  const [, remove] = useMutation(DeleteVehicleDocument);
  const empty = { brand: "", model: "", batteryKwh: "", connectorType: "CCS2" as VehicleConnectorType, plateNumber: "" };
  const [form, setForm] = useState(empty);
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const input = {
      brand: form.brand.trim(),
      model: form.model.trim(),
      connectorType: form.connectorType,
      batteryKwh: form.batteryKwh || null,
      plateNumber: form.plateNumber.trim() || null,
    };
    const r = await create({ input });
    const p = r.data?.createVehicle;
    if (p?.vehicle) {
      setForm(empty);
      requery({ requestPolicy: "network-only" });
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("vehicles.failed"));
  };
  const del = async (id: string) => {
    const r = await remove({ input: { id } });
    if (r.data?.deleteVehicle?.deletedId) requery({ requestPolicy: "network-only" });
    else setMessage(firstUserError(r.data?.deleteVehicle?.errors) ?? describeError(r.error));
  };
  return (
    <Page title={t("vehicles.title")} back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      {res.fetching && !res.data && <Loading />}
      <div className="card">
        {res.data?.me && !res.data.me.vehicles.nodes.length && <p className="muted">{t("vehicles.none")}</p>}
        {res.data?.me?.vehicles.nodes.map((v) => (
          <div key={v.id} className="list-item">
            <div className="grow">
              <div>{v.nickname ?? `${v.brand} ${v.model}`}</div>
              <div className="muted">
                {[v.connectorType, v.batteryKwh ? plainKwh(v.batteryKwh) : null, v.plateNumber].filter(Boolean).join(" · ")}
              </div>
            </div>
            <button className="btn secondary small" onClick={() => del(v.id)}>{t("vehicles.remove")}</button>
          </div>
        ))}
      </div>
      <h2>{t("vehicles.add")}</h2>
      <form className="card" onSubmit={submit}>
        <div className="grid2">
          <div>
            <label htmlFor="brand">{t("vehicles.brand")}</label>
            <input id="brand" required value={form.brand} onChange={(e) => setForm({ ...form, brand: e.target.value })} />
          </div>
          <div>
            <label htmlFor="model">{t("vehicles.model")}</label>
            <input id="model" required value={form.model} onChange={(e) => setForm({ ...form, model: e.target.value })} />
          </div>
          <div>
            <label htmlFor="battery">{t("vehicles.battery")}</label>
            <input id="battery" inputMode="decimal" value={form.batteryKwh} onChange={(e) => setForm({ ...form, batteryKwh: e.target.value.replace(/[^\d.]/g, "") })} />
          </div>
          <div>
            <label htmlFor="ctype">{t("vehicles.connector")}</label>
            <select id="ctype" value={form.connectorType} onChange={(e) => setForm({ ...form, connectorType: e.target.value as VehicleConnectorType })}>
              {CONNECTOR_TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label htmlFor="plate">{t("vehicles.plate")}</label>
        <input id="plate" value={form.plateNumber} onChange={(e) => setForm({ ...form, plateNumber: e.target.value })} />
        <Notice kind="error">{message}</Notice>
        <div style={{ height: 12 }} />
        <button className="btn">{t("vehicles.submit")}</button>
      </form>
    </Page>
  );
}

export function Invite() {
  const t = useT();
  const [res, requery] = useQuery({ query: MyReferralDocument });
  const [copied, setCopied] = useState(false);
  const [friendCode, setFriendCode] = useState("");
  const [applyResult, setApplyResult] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [{ fetching: applying }, apply] = useMutation(ApplyReferralCodeDocument);
  const mine = res.data?.myReferralCode;
  const code = mine?.code;
  const link = mine?.shareUrl ?? "";
  const applied = res.data?.myReferral;
  const doApply = async (e: FormEvent) => {
    e.preventDefault();
    setApplyResult(null);
    const r = await apply({ input: { code: friendCode.trim() } });
    const p = r.data?.applyReferralCode;
    if (p?.referral) {
      setApplyResult({ kind: "info", text: t("invite.applied") });
      requery({ requestPolicy: "network-only" });
    } else setApplyResult({ kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? t("invite.applyFailed") });
  };
  const share = async () => {
    if (!link || !code) return;
    const data = { title: "PlagSini", text: t("invite.shareText", { code }), url: link };
    try {
      if (navigator.share) await navigator.share(data);
      else {
        await navigator.clipboard.writeText(link);
        setCopied(true);
      }
    } catch {
      /* the user closed the share sheet */
    }
  };
  return (
    <Page title={t("invite.title")} back>
      <Notice kind="warning">{describeError(res.error)}</Notice>
      <div className="card surface" style={{ textAlign: "center" }}>
        <p>{mine ? t("invite.lead", { points: num(mine.pointsPerReferral, 0) }) : t("invite.leadNoPoints")}</p>
        <div className="muted">{t("invite.yourCode")}</div>
        <div className="big" data-testid="referral-code">{code ?? "—"}</div>
        {link && <div className="muted" style={{ wordBreak: "break-all" }}>{link}</div>}
      </div>
      {mine && (
        <p className="muted" data-testid="referral-stats">
          {t("invite.stats", { joined: num(mine.referredCount, 0), charged: num(mine.rewardedCount, 0) })}
        </p>
      )}
      <button className="btn" disabled={!link} onClick={share}>{t("invite.share")}</button>
      {copied && <Notice kind="info">{t("invite.copied")}</Notice>}
      <h2>{t("invite.gotCode")}</h2>
      {applied ? (
        <p className="muted">{t("invite.used", { code: applied.code, status: enumLabel("invite.status", applied.status) })}</p>
      ) : (
        <form className="card" onSubmit={doApply}>
          <label htmlFor="friend-code">{t("invite.friendCode")}</label>
          <input id="friend-code" required value={friendCode} onChange={(e) => setFriendCode(e.target.value)} />
          {applyResult && <Notice kind={applyResult.kind}>{applyResult.text}</Notice>}
          <div style={{ height: 12 }} />
          <button className="btn secondary" disabled={applying}>{t("invite.apply")}</button>
        </form>
      )}
    </Page>
  );
}

/** The questions and answers, in the dictionaries as faq.q1/faq.a1 ... */
const FAQ: [Key, Key][] = [
  ["faq.q1", "faq.a1"],
  ["faq.q2", "faq.a2"],
  ["faq.q3", "faq.a3"],
  ["faq.q4", "faq.a4"],
  ["faq.q5", "faq.a5"],
  ["faq.q6", "faq.a6"],
  ["faq.q7", "faq.a7"],
];

export function Faq() {
  const t = useT();
  return (
    <Page title={t("faq.title")} back>
      {FAQ.map(([q, a]) => (
        <details key={q} className="faq">
          <summary>{t(q)}</summary>
          <p className="muted">{t(a)}</p>
        </details>
      ))}
      <Link className="btn secondary" to="/contact">{t("faq.more")}</Link>
    </Page>
  );
}

export function Contact() {
  const t = useT();
  const tokens = useTokens();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [result, setResult] = useState<{ kind: "info" | "error"; text: string } | null>(null);
  const [{ fetching }, send] = useMutation(SendSupportMessageDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    const anonymous = !tokens;
    const r = await send({
      input: {
        subject: subject.trim(),
        body: body.trim(),
        email: anonymous && email.trim() ? email.trim() : undefined,
        name: anonymous && name.trim() ? name.trim() : undefined,
      },
    });
    const p = r.data?.sendSupportMessage;
    if (p?.message) {
      setResult({ kind: "info", text: t("contact.sent") });
      setSubject("");
      setBody("");
    } else setResult({ kind: "error", text: firstUserError(p?.errors) ?? describeError(r.error) ?? t("contact.failed") });
  };
  return (
    <Page title={t("contact.title")} back>
      <p className="muted">{t("contact.lead")}</p>
      <form className="card" onSubmit={submit}>
        {!tokens && (
          <>
            <label htmlFor="c-email">{t("contact.email")}</label>
            <input id="c-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <label htmlFor="c-name">{t("contact.name")}</label>
            <input id="c-name" value={name} onChange={(e) => setName(e.target.value)} />
          </>
        )}
        <label htmlFor="subject">{t("contact.subject")}</label>
        <input id="subject" required value={subject} onChange={(e) => setSubject(e.target.value)} />
        <label htmlFor="body">{t("contact.message")}</label>
        <textarea id="body" required rows={6} value={body} onChange={(e) => setBody(e.target.value)} />
        {result && (
          <div data-testid="contact-result">
            <Notice kind={result.kind}>{result.text}</Notice>
          </div>
        )}
        <div style={{ height: 12 }} />
        <button className="btn" disabled={fetching} data-testid="contact-send">
          {fetching ? t("contact.sending") : t("contact.send")}
        </button>
      </form>
    </Page>
  );
}
