"""Word files, layered like python-docx: OOXML helpers and the package, fonts, effective styles,
run mapping, the reader and the GB/T 9704 writer."""
