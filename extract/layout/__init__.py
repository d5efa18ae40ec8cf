"""The layout engine: words, rules and boxes on a page → lines, tables and paragraphs (no PDF specifics)."""
