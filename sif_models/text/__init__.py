"""Layer 6, text: every word and number format the documents and the terminal show.

Labels in Danish and English, one table per document (:mod:`.labels`), number, money and date
formats on Babel's locale data (:mod:`.formatting`), Markdown escaping, tables and front matter
(:mod:`.markdown`), the words for the model's codes (:mod:`.reasons`). The model returns numbers
and codes; this layer turns them into words. Imports the layers below it (for the codes it
translates) and the base modules.
"""
