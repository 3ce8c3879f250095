// The audit log: who changed what (admin mutations), newest first.
import { graphql } from "../gql";

export const AuditLogQuery = graphql(`
  query AdminAuditLog($first: Int, $after: String, $filter: AuditLogFilter, $orderBy: AuditOrder) {
    auditLog(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { id createdAt action targetType targetId details actor { id email name } }
    }
  }
`);

/** The admins, for the "who" filter. */
export const AuditActorsQuery = graphql(`
  query AdminAuditActors { users(role: ADMIN, first: 100) { nodes { id email name } } }
`);
