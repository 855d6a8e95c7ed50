"""The house-style checker (SPEC §6)."""
