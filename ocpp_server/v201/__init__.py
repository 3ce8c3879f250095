"""The OCPP 2.0.1 edge: the same sockets, admission, message log and group writer as OCPP 1.6
(`ocpp_server/`), with 2.0.1's schemas (`protocol`), handlers (`handlers`) and the translation of the
domain's commands (`commands`)."""
