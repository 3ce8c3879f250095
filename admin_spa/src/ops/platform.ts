import { useQuery } from "urql";
import { graphql } from "../gql";

export const PlatformQuery = graphql(`
  query AdminPlatform {
    platform { name version environment currency publicUrl ocppUrl }
  }
`);

/** PUBLIC_URL (for the QR stickers) and the OCPP WebSocket URL chargers connect to. */
export function usePlatformUrls(): { publicUrl: string; ocppUrl: string } {
  const [{ data }] = useQuery({ query: PlatformQuery });
  const origin = window.location.origin;
  return { publicUrl: data?.platform.publicUrl || origin, ocppUrl: data?.platform.ocppUrl || `${origin.replace(/^http/, "ws")}/ocpp` };
}
