// Charger QR codes encode `<PUBLIC_URL>/c/<chargePointId>/<connectorId>`; a bare charger code
// ("CP-001", "CP-001/2" or "CP-001#2") is accepted too, for manual entry.
export interface ChargerCode {
  chargePointId: string;
  connectorId: number | null;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._:*\-]{0,63}$/;

export function parseChargerCode(raw: string): ChargerCode | null {
  const text = raw.trim();
  if (!text) return null;
  let path: string | null = null;
  if (/^https?:\/\//i.test(text)) {
    try {
      path = new URL(text).pathname;
    } catch {
      return null;
    }
  } else if (text.startsWith("/c/")) {
    path = text;
  }
  if (path !== null) {
    const m = path.match(/\/c\/([^/]+)(?:\/(\d+))?\/?$/);
    if (!m) return null;
    const id = decodeURIComponent(m[1]);
    if (!ID.test(id)) return null;
    return { chargePointId: id, connectorId: m[2] ? Number(m[2]) : null };
  }
  const m = text.match(/^([^/#\s]+)(?:[/#](\d+))?$/);
  if (!m || !ID.test(m[1])) return null;
  return { chargePointId: m[1], connectorId: m[2] ? Number(m[2]) : null };
}

export function chargerPath(code: ChargerCode): string {
  const id = encodeURIComponent(code.chargePointId);
  return code.connectorId ? `/c/${id}/${code.connectorId}` : `/c/${id}`;
}
