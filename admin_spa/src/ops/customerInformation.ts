import { graphql } from "../gql";

export const CustomerInformationQuery = graphql(`
  query AdminCustomerInformationRequests($chargerId: ID!) {
    charger(id: $chargerId) { id ocppVersion }
    customerInformationRequests(chargerId: $chargerId) {
      id requestId status report clear subject idToken customerIdentifier certificateSerialNumber data parts generatedAt requestedAt completedAt
    }
  }
`);

export const CustomerInformationMutation = graphql(`
  mutation AdminAskCustomerInformation($input: CustomerInformationInput!) {
    customerInformation(input: $input) { status response errors { code message field } }
  }
`);
