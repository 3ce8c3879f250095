import { useListState } from "./listing";

/** Cursor stack for Relay pagination, kept in the URL (see useListState): `after` for the current page,
 *  next/prev handlers; the back button goes to the previous page. */
export function usePaged() {
  const list = useListState();
  return {
    after: list.after,
    page: list.page,
    next: list.next,
    prev: list.prev,
    reset: () => list.set({}),
  };
}
