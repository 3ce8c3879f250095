"""The charger's model services: the state and rules of each OCPP feature, used by the operations
(`firmware.operations`) and the charge point's loops (`firmware.ocpp_client`)."""
