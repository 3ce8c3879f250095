"""The OCPP core: the WebSocket connection, outgoing calls (request queue and journal), the
dispatch of incoming calls to the operation registry (`firmware.operations`), and the errors."""
