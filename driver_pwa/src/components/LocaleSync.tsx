import { useEffect } from "react";
import { useMutation, useQuery } from "urql";
import { MeDocument, UpdateProfileDocument } from "../gql/graphql";
import { chosenOnDevice, isLocale, setLocale, useLocale } from "../lib/i18n";

/** Keeps the device's language and the signed-in driver's profile language in step: a language the
 * driver chose on this device is sent to the server (so mails follow it); on a device where none was
 * chosen, the profile's language is used. */
export function LocaleSync() {
  const locale = useLocale();
  const [me] = useQuery({ query: MeDocument });
  const [, update] = useMutation(UpdateProfileDocument);
  const server = me.data?.me?.locale ?? null;
  const loaded = !!me.data?.me;
  useEffect(() => {
    if (!loaded) return;
    if (isLocale(server) && server !== locale && !chosenOnDevice()) setLocale(server);
    else if (server !== locale) void update({ input: { locale } });
  }, [loaded, server, locale, update]);
  return null;
}
