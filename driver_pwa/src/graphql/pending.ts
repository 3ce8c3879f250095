/* Operations the screens use that are NOT in the committed ../api/schema.graphql yet.
 *
 * Plain strings (not typed by graphql-codegen, so a missing field never breaks the build). When the
 * backend adds an operation, move it to src/graphql/ready/<name>.graphql, run `npm run codegen`, and
 * switch the screen to the generated document. `npm run ops:status` lists which of these validate
 * against the current schema.
 */

// None pending: every operation the screens use is in src/graphql/ready/ (sendSupportMessage moved there
// once api/support.py provided it).

/** Every pending operation, by name (for `npm run ops:status` and the report). */
export const PENDING_OPERATIONS: Record<string, string> = {};
