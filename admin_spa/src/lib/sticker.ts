/**
 * The URL a connector's QR sticker encodes; the driver app scans it and opens that connector.
 * Format (fixed contract with driver_pwa): `<PUBLIC_URL>/c/<chargePointId>/<connectorId>`.
 */
export function stickerUrl(publicUrl: string, chargePointId: string, connectorId: number): string {
  const base = publicUrl.replace(/\/+$/, "");
  return `${base}/c/${encodeURIComponent(chargePointId)}/${connectorId}`;
}

/** ws(s)://host/ocpp/<cpid> style URL to configure in a charger, from the server's OCPP base URL. */
export function ocppEndpoint(ocppBaseUrl: string, chargePointId: string): string {
  return `${ocppBaseUrl.replace(/\/+$/, "")}/${encodeURIComponent(chargePointId)}`;
}
