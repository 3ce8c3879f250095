import { graphql } from "../gql";

/** An OCPP 2.0.1 station's device model (NotifyReport) and its newest report requests. */
export const DeviceModelQuery = graphql(`
  query AdminDeviceModel($chargerId: ID!, $component: String, $variable: String) {
    charger(id: $chargerId) { id ocppVersion }
    chargerDeviceModel(chargerId: $chargerId, component: $component, variable: $variable) {
      reports { id requestId kind status parts requestedAt completedAt }
      variables { component componentInstance evseId connectorId variable variableInstance attributeType
        value mutability dataType unit minLimit maxLimit valuesList updatedAt }
    }
  }
`);

export const GetBaseReportMutation = graphql(`
  mutation AdminGetBaseReport($input: GetBaseReportInput!) {
    getBaseReport(input: $input) { status errors { code message field } }
  }
`);

export const SetDeviceVariableMutation = graphql(`
  mutation AdminSetDeviceVariable($input: SetDeviceVariableInput!) {
    setDeviceVariable(input: $input) { status response errors { code message field } }
  }
`);

export const SetNetworkProfileMutation = graphql(`
  mutation AdminSetNetworkProfile($input: SetNetworkProfileInput!) {
    setNetworkProfile(input: $input) { status errors { code message field } }
  }
`);
