"""The layout engine: words, rulings and boxes on a page → lines, tables and paragraphs (no PDF specifics).

Text PDFs (:mod:`lkjip.extract.read_pdf`, glyphs from pdfium) and scans
(:mod:`lkjip.extract.ocr`, words from Tesseract) are read by the same engine.
One concern per module, each importing only those listed before it:

* :mod:`.cues` — text patterns: numbers, list markers, captions (shared with
  :mod:`lkjip.extract.classify`);
* :mod:`.geometry` — glyphs, words, text lines, rulings and boxes;
* :mod:`.words` — wrapped words rejoined (:func:`~.words.join_wrapped`), the
  document's vocabulary, the last line of a cell (:class:`~.words.Tail`);
* :mod:`.page_table` — a table found on one page, as grid, borderless and
  stitch see it;
* :mod:`.grid` — ruled tables from rulings (pdfplumber's grid functions);
* :mod:`.ruled_columns` — the column channels and cell borders of a table
  whose rules give only its rows;
* :mod:`.half_ruled` — tables ruled one way only: horizontal rules give the
  rows and text alignment the columns, or vertical rules the columns and the
  text the rows;
* :mod:`.rows` and :mod:`.borderless` — borderless tables by text alignment:
  channels and column openers, rows and header levels;
* :mod:`.paragraphs` — the remaining lines as paragraphs;
* :mod:`.furniture` — running headers/footers and page numbers;
* :mod:`.page` — one page laid out (:func:`~.page.read_page_layout`);
* :mod:`.carry` — what a page leaves open for the next (a borderless table
  running on, a header cut off);
* :mod:`.stitch` — tables and paragraphs continued across a page break;
* :mod:`.assemble` — pages → blocks in reading order, stitched.
"""
