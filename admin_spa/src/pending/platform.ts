// PENDING: the platform's public URLs (PlatformInfo.publicUrl / PlatformInfo.ocppUrl).
import { gql, useQuery } from "urql";

export const PlatformUrlsQuery = gql<{ platform: { publicUrl?: string | null; ocppUrl?: string | null } }, Record<string, never>>(`
  query AdminPlatformUrls { platform { publicUrl ocppUrl } }
`);

/** PUBLIC_URL and the OCPP WebSocket base URL; falls back to this origin while the server lacks them. */
export function usePlatformUrls(): { publicUrl: string; ocppUrl: string } {
  const [{ data }] = useQuery({ query: PlatformUrlsQuery });
  const origin = window.location.origin;
  const wsOrigin = origin.replace(/^http/, "ws");
  return { publicUrl: data?.platform.publicUrl || origin, ocppUrl: data?.platform.ocppUrl || `${wsOrigin}/ocpp` };
}
