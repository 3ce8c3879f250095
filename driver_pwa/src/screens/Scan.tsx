import { useEffect, useRef, useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { Notice, Page } from "../components/ui";
import { createDecoder } from "../lib/decoder";
import { chargerPath, parseChargerCode } from "../lib/qr";

function cameraMessage(e: unknown): string {
  const name = (e as { name?: string })?.name;
  if (name === "NotAllowedError" || name === "SecurityError") return "Camera access was denied. Allow the camera in your browser settings, or enter the charger code below.";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "No camera found on this device. Enter the charger code below.";
  if (name === "NotReadableError") return "The camera is in use by another app.";
  return "The camera could not be started. Enter the charger code below.";
}

export function Scan() {
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
        setError("This browser cannot use the camera. Enter the charger code below.");
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
            setHint("That QR code is not a PlagSini charger code.");
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
      setManualError("Enter the code printed on the charger, e.g. CP-001 or CP-001/1.");
      return;
    }
    navigate(chargerPath(parsed));
  };

  return (
    <Page title="Scan charger QR">
      <div className="scanner">
        <video ref={videoRef} playsInline muted aria-label="Camera preview" />
        <div className="frame" aria-hidden />
      </div>
      <div className="row between" style={{ marginTop: 8 }}>
        <span className="muted" data-testid="decoder">{decoderKind ? `Point the camera at the QR code on the charger` : ""}</span>
        {torchSupported && (
          <button className="btn secondary small" onClick={toggleTorch} aria-pressed={torch}>
            {torch ? "Torch off" : "Torch on"}
          </button>
        )}
      </div>
      <Notice kind="warning">{error}</Notice>
      <Notice kind="info">{hint}</Notice>
      <h2>Or enter the charger code</h2>
      <form className="card" onSubmit={submit}>
        <label htmlFor="code">Charger code</label>
        <input id="code" placeholder="e.g. CP-001/1" value={code} onChange={(e) => setCode(e.target.value)} autoCapitalize="characters" />
        <Notice kind="error">{manualError}</Notice>
        <div style={{ height: 10 }} />
        <button className="btn">Open charger</button>
      </form>
    </Page>
  );
}
