import { useEffect, useState } from "react";
import QRCode from "qrcode";
import { stickerUrl } from "../lib/sticker";
import { Icon } from "./Icons";

/** A printable sticker for one connector: QR code of `<PUBLIC_URL>/c/<chargePointId>/<connectorId>`. */
export function QrSticker({ publicUrl, chargePointId, connectorId, name }: { publicUrl: string; chargePointId: string; connectorId: number; name?: string | null }) {
  const url = stickerUrl(publicUrl, chargePointId, connectorId);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 440, color: { dark: "#0A0A1A", light: "#FFFFFF" } })
      .then((d) => alive && setSrc(d))
      .catch(() => alive && setSrc(null));
    return () => { alive = false; };
  }, [url]);
  return (
    <div className="sticker" data-testid={`sticker-${connectorId}`} data-url={url}>
      <div className="title"><Icon name="bolt" size={16} /> PlagSini</div>
      <div>Scan to charge</div>
      {src ? <img src={src} alt={`QR code for ${url}`} /> : <div style={{ height: 220 }} />}
      <div style={{ fontWeight: 700 }}>{name || chargePointId} · Connector {connectorId}</div>
      <div style={{ fontSize: 10, wordBreak: "break-all" }}>{url}</div>
    </div>
  );
}

export function StickerSheet({ publicUrl, chargePointId, connectorIds, name }: { publicUrl: string; chargePointId: string; connectorIds: number[]; name?: string | null }) {
  return (
    <div>
      <div className="row no-print" style={{ marginBottom: 10 }}>
        <button onClick={() => window.print()}><Icon name="printer" size={16} /> Print stickers</button>
        <span className="small muted">One sticker per connector; the driver app opens that connector when scanned.</span>
      </div>
      <div className="print-area row" style={{ alignItems: "stretch" }}>
        {connectorIds.map((id) => <QrSticker key={id} publicUrl={publicUrl} chargePointId={chargePointId} connectorId={id} name={name} />)}
      </div>
    </div>
  );
}
