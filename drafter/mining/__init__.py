"""`drafter mine`: learn a bureau's house style from its past reports.

Works on parsed `Document`s (drafter.core.outline), not on raw text: every phrase keeps the role of the
block it was found in. `runner.mine` reads the files (two worker processes when it pays), each
document is analysed once (`analyse.analyse_document`), and the results are merged in input order into
the phrase bank (`bank`) and the structure model (`structure`). jieba is imported only here (through
`segment`), never on the path of build, lint or outline."""
