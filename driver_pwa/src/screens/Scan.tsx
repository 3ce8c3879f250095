import { t, useLocale } from "../lib/i18n";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { Notice, Page } from "../components/ui";
import { createDecoder } from "../lib/decoder";
import { chargerPath, parseChargerCode } from "../lib/qr";

function cameraMessage(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === "NotAllowedError" || name === "SecurityError") return t("scan.denied");
  if (name === "NotFoundError" || name === "OverconstrainedError") return t("scan.noCamera");
  if (name === "NotReadableError") return t("scan.inUse");
  return t("scan.failed");
}

export function Scan() {
  useLocale();
  const navigate = useNavigate();
  const videoRef = useRef<HTMLVideoElement>(null);
  const trackRef = useRef<MediaStreamTrack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [torchSupported, setTorchSupported] = useState(false);
  const [torch, setTorch] = useState(false);
  const [decoderKind, setDecoderKind] = useState<string>("");
  const [code, setCode] = useState("");
  const [manualError, setManualError] = useState<string | null>(null);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setError(t("scan.unsupported"));
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
      } catch (e) {
        setError(cameraMessage(e));
        return;
      }
      if (stopped) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      const video = videoRef.current!;
      video.srcObject = stream;
      video.muted = true;
      await video.play().catch(() => undefined);
      const track = stream.getVideoTracks()[0];
      trackRef.current = track;
      const caps = (track.getCapabilities?.() ?? {}) as MediaTrackCapabilities & { torch?: boolean };
      setTorchSupported(!!caps.torch);
      const decoder = await createDecoder();
      setDecoderKind(decoder.kind);
      const tick = async () => {
        if (stopped) return;
        try {
          const text = await decoder.decode(video);
          if (text) {
            const parsed = parseChargerCode(text);
            if (parsed) {
              stopped = true;
              if (navigator.userActivation?.hasBeenActive) navigator.vibrate?.(60);
              navigate(chargerPath(parsed));
              return;
            }
            setHint(t("scan.notOurs"));
          }
        } catch {
          /* a frame that cannot be read: try the next one */
        }
        timer = setTimeout(tick, 150);
      };
      void tick();
    })();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [navigate]);

  const toggleTorch = async () => {
    const track = trackRef.current;
    if (!track) return;
    try {
      await track.applyConstraints({ advanced: [{ torch: !torch } as MediaTrackConstraintSet] });
      setTorch(!torch);
    } catch {
      setTorchSupported(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseChargerCode(code);
    if (!parsed) {
      setManualError(t("scan.badCode"));
      return;
    }
    navigate(chargerPath(parsed));
  };

  return (
    <Page title={t("scan.title")}>
      <div className="scanner">
        <video ref={videoRef} playsInline muted aria-label={t("scan.preview")} />
        <div className="frame" aria-hidden />
      </div>
      <div className="row between" style={{ marginTop: 8 }}>
        <span className="muted" data-testid="decoder">{decoderKind ? t("scan.point") : ""}</span>
        {torchSupported && (
          <button className="btn secondary small" onClick={toggleTorch} aria-pressed={torch}>
            {torch ? t("scan.torchOff") : t("scan.torchOn")}
          </button>
        )}
      </div>
      <Notice kind="warning">{error}</Notice>
      <Notice kind="info">{hint}</Notice>
      <h2>{t("scan.orEnter")}</h2>
      <form className="card" onSubmit={submit}>
        <label htmlFor="code">{t("scan.code")}</label>
        <input id="code" placeholder={t("scan.placeholder")} value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" />
        <Notice kind="error">{manualError}</Notice>
        <div style={{ height: 10 }} />
        <button className="btn">{t("scan.open")}</button>
      </form>
    </Page>
  );
}
