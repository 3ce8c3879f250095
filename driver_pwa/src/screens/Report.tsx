import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router-dom";
import { useMutation } from "urql";
import { Notice, Page } from "../components/ui";
import { describeError, firstUserError } from "../lib/client";
import { num } from "../lib/format";
import { useT } from "../lib/i18n";
import type { Key } from "../i18n/en";
import { ReportProblemDocument, type ProblemCategory } from "../gql/graphql";

const CATEGORIES: ProblemCategory[] = ["WONT_START", "STOPPED", "DAMAGED", "CABLE", "SCREEN", "BLOCKED", "PAYMENT", "OTHER"];
/** The server takes photos up to 5 MB (and checks it again). */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** "Report a problem" at a charger: what is wrong, a note, an optional photo. */
export function ReportProblem() {
  const t = useT();
  const { chargePointId = "", connectorId } = useParams();
  const [category, setCategory] = useState<ProblemCategory | null>(null);
  const [note, setNote] = useState("");
  const [photo, setPhoto] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, report] = useMutation(ReportProblemDocument);

  const pick = (f: File | null) => {
    setError(null);
    if (f && !PHOTO_TYPES.includes(f.type)) return setError(t("report.photoType"));
    if (f && f.size > MAX_PHOTO_BYTES) return setError(t("report.photoTooBig", { mb: num(5, 0) }));
    setPhoto(f);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!category) return setError(t("report.chooseCategory"));
    setBusy(true);
    setError(null);
    try {
      const r = await report({
        input: { chargePointId, connectorId: connectorId ? Number(connectorId) : null, category, note: note.trim() || null, withPhoto: !!photo },
      });
      const p = r.data?.reportProblem;
      if (!p?.report) return setError(firstUserError(p?.errors) ?? describeError(r.error) ?? t("report.failed"));
      if (photo && p.photoUploadUrl) {
        const up = await fetch(p.photoUploadUrl, { method: "PUT", body: photo, headers: { "Content-Type": photo.type } });
        if (!up.ok) return setError(t("report.photoFailed"));
      }
      setSent(true);
    } catch {
      setError(t("error.network"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title={t("report.title")} back>
      <p className="muted">{t("report.lead", { code: chargePointId })}</p>
      {sent ? (
        <div data-testid="report-sent">
          <Notice kind="info">{t("report.sent")}</Notice>
          <Link className="btn secondary" to={`/c/${encodeURIComponent(chargePointId)}`}>{t("report.back")}</Link>
        </div>
      ) : (
        <form className="card" onSubmit={submit}>
          <h2 style={{ marginTop: 0 }} id="category-label">{t("report.category")}</h2>
          <div className="choices" role="radiogroup" aria-labelledby="category-label">
            {CATEGORIES.map((c) => (
              <button type="button" key={c} role="radio" aria-checked={category === c} className={`chip${category === c ? " on" : ""}`} data-testid={`category-${c}`} onClick={() => setCategory(c)}>
                {t(`report.cat.${c}` as Key)}
              </button>
            ))}
          </div>
          <label htmlFor="report-note">{t("report.note")}</label>
          <textarea id="report-note" rows={4} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          <label htmlFor="report-photo">{t("report.photo")}</label>
          <input id="report-photo" type="file" accept={PHOTO_TYPES.join(",")} capture="environment" onChange={(e) => pick(e.target.files?.[0] ?? null)} />
          <Notice kind="error">{error}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={busy} data-testid="report-send">{busy ? t("report.sending") : t("report.send")}</button>
        </form>
      )}
    </Page>
  );
}
