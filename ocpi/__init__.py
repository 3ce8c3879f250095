"""The OCPI 2.2.1 edge: roaming partners call the platform here (versions, credentials, locations,
tokens). It calls the domain (`domain.roaming`); the domain never imports it."""
