import { graphql } from "../gql";

export const DeviceEventsQuery = graphql(`
  query AdminDeviceEvents($chargerId: ID!) {
    chargerDeviceEvents(chargerId: $chargerId) { eventId at trigger actualValue notificationType component componentInstance
      evseId connectorId variable variableInstance techCode techInfo cleared transactionId variableMonitoringId }
  }
`);

export const MonitorsQuery = graphql(`
  query AdminVariableMonitors($chargerId: ID!) {
    charger(id: $chargerId) { id ocppVersion }
    variableMonitors(chargerId: $chargerId) { monitorId component componentInstance evseId connectorId variable variableInstance type value severity transaction }
  }
`);

export const SetVariableMonitoringMutation = graphql(`
  mutation AdminSetVariableMonitoring($input: SetVariableMonitoringInput!) {
    setVariableMonitoring(input: $input) { status errors { code message field } }
  }
`);

export const ClearVariableMonitoringMutation = graphql(`
  mutation AdminClearVariableMonitoring($input: ClearVariableMonitoringInput!) {
    clearVariableMonitoring(input: $input) { status errors { code message field } }
  }
`);

export const SetMonitoringBaseMutation = graphql(`
  mutation AdminSetMonitoringBase($input: SetMonitoringBaseInput!) {
    setMonitoringBase(input: $input) { status errors { code message field } }
  }
`);

export const SetMonitoringLevelMutation = graphql(`
  mutation AdminSetMonitoringLevel($input: SetMonitoringLevelInput!) {
    setMonitoringLevel(input: $input) { status errors { code message field } }
  }
`);

export const GetMonitoringReportMutation = graphql(`
  mutation AdminGetMonitoringReport($input: GetMonitoringReportInput!) {
    getMonitoringReport(input: $input) { status errors { code message field } }
  }
`);
