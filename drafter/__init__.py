"""drafter: an offline assistant for drafting, typesetting and checking Chinese official reports."""

__version__ = "0.1.0"
