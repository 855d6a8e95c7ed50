"""The core: the document model, readers, the outline parser, errors and data lookup."""
