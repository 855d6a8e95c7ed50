"""Word files, layered like python-docx:

ooxml (namespaces, escaping, elements) → package (parts, content types, rels, settings, theme, font
table, docProps, zip) → geometry (GB/T 9704 numbers from data/gbt9704.toml, in twips) and fonts
(data/fonts.toml) → stylesheet (styles, rPr/pPr) → title (balanced title lines), signature (署名 and
成文日期 layouts), tables, imprint (版记 text box) → flow (one paragraph per block, with its box) and
layout (the pagination estimate) → writer (`docx_bytes`, `write_docx`); pdf (LibreOffice). Reading:
reader (paragraph lines), styles (effective formats), runs (text ↔ runs)."""
