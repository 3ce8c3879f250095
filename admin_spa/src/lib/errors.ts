import type { CombinedError } from "urql";

export interface DescribedError {
  /** The backend does not have this operation/field yet (schema validation failed). */
  missing: string | null;
  message: string;
}

const MISSING_RE = [
  /Cannot query field ['"]([^'"]+)['"] on type ['"]([^'"]+)['"]/,
  /Unknown argument ['"]([^'"]+)['"] on field ['"]([^'"]+)['"]/,
  /Unknown type ['"]([^'"]+)['"]/,
  /Schema is not configured (?:to execute|for) (\w+)/,
];

/** Turns a urql error into a message safe to show; recognises operations the server lacks. */
export function describeError(error: CombinedError | Error | null | undefined): DescribedError | null {
  if (!error) return null;
  const gqlErrors = "graphQLErrors" in error ? error.graphQLErrors : [];
  for (const ge of gqlErrors ?? []) {
    for (const re of MISSING_RE) {
      const m = re.exec(ge.message);
      if (m) {
        const what = m[2] ? `${m[2]}.${m[1]}` : m[1];
        return { missing: what, message: `This server does not provide ${what} yet.` };
      }
    }
  }
  if (gqlErrors && gqlErrors.length) return { missing: null, message: gqlErrors.map((e) => e.message).join("; ") };
  const ne = "networkError" in error ? error.networkError : null;
  if (ne) return { missing: null, message: `Network error: ${ne.message}` };
  return { missing: null, message: error.message.replace(/^\[GraphQL\] /, "") };
}

export interface UserErrorLike {
  code?: string | null;
  message: string;
  field?: string | null;
}

/** Payload `errors` lists of typed user errors, as one message. */
export function userErrorsText(errors: UserErrorLike[] | null | undefined): string | null {
  if (!errors || errors.length === 0) return null;
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join("; ");
}
