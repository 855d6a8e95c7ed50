"""Text primitives: punctuation classes and width, numerals."""
