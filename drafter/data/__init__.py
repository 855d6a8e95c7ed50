"""Data files: section roles, kinds, word lists and canonical formulations (no code here)."""
