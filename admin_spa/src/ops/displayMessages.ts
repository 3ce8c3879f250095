import { graphql } from "../gql";

export const DisplayMessagesQuery = graphql(`
  query AdminDisplayMessages($chargerId: ID!) {
    charger(id: $chargerId) { id ocppVersion }
    displayMessages(chargerId: $chargerId) { id messageId priority state startAt endAt transactionId format language content status updatedAt }
  }
`);

export const SetDisplayMessageMutation = graphql(`
  mutation AdminSetDisplayMessage($input: SetDisplayMessageInput!) {
    setDisplayMessage(input: $input) { status errors { code message field } }
  }
`);

export const GetDisplayMessagesMutation = graphql(`
  mutation AdminGetDisplayMessages($input: GetDisplayMessagesInput!) {
    getDisplayMessages(input: $input) { status errors { code message field } }
  }
`);

export const ClearDisplayMessageMutation = graphql(`
  mutation AdminClearDisplayMessage($input: ClearDisplayMessageInput!) {
    clearDisplayMessage(input: $input) { status errors { code message field } }
  }
`);
