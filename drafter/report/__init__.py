"""The report YAML (SPEC §4): schema and validation, metrics, Jinja filters and rendering, and the
starter files `drafter new` writes."""
