-- The documents' pandoc filter, used by the embedded renderer and by Quarto (_quarto.yml, where
-- it runs last, just before pandoc writes the file). It only styles what the notebook emits;
-- it never turns text into markup.
--   ::: {.pagebreak} :::  -> a page break in the PDF (CSS handles print for HTML)
--   ::: {.ask} ... :::    -> the boxed "what the council is asked" in the PDF (CSS for HTML)
--   ::: {.notice} ... ::: -> a boxed notice (example data, an example agenda) in the PDF
--   ::: {.screen-only} ::: -> only in the HTML (links between the pack's files); dropped in the PDF
--   ::: {.sif-table widths="30,20,50"} <table> ::: -> the table with those relative column
--                           widths; every other table sizes its columns to its content
--   images without a width -> full text width
--   a chart: its image (or a wide image and a narrow one for phones) followed by
--     ::: {.chart-note} ::: -> one unbreakable block in the PDF (the narrow image left out), so
--     a chart never stands on another page than its note; in the HTML a div.chart holding
--     div.chart-wide, div.chart-narrow and the note, which the stylesheet shows by screen width
--   every table in the HTML -> inside div.table-scroll, which scrolls sideways on a phone
--   a very long word in the PDF -> a zero-width space after every 16 characters, where Typst
--     may break it (a URL, text pasted without spaces); the HTML's stylesheet breaks it there
-- With Quarto it also removes the wrappers Quarto puts around a notebook's cells and outputs
-- (`.cell`, `.cell-output...`), so both renderers write the same document: in Typst they would
-- become `#block[...]`, inside which a page break is not allowed.

local function is_typst()
  return FORMAT:match("typst") ~= nil
end

-- A word longer than LONG_WORD characters gets a zero-width space after every PIECE characters.
local LONG_WORD, PIECE = 32, 16
local ZWSP = "\u{200B}"

function Str(el)
  if not is_typst() or pandoc.text.len(el.text) <= LONG_WORD then
    return nil
  end
  local pieces = {}
  for i = 1, pandoc.text.len(el.text), PIECE do
    table.insert(pieces, pandoc.text.sub(el.text, i, i + PIECE - 1))
  end
  el.text = table.concat(pieces, ZWSP)
  return el
end

local function content_widths(tbl)
  for i, cs in ipairs(tbl.colspecs) do
    tbl.colspecs[i] = { cs[1], nil } -- ColWidthDefault: the column fits its content
  end
  return tbl
end

local function set_widths(div)
  local spec = div.attributes["widths"]
  local weights, total = {}, 0
  for w in spec:gmatch("[%d%.]+") do
    table.insert(weights, tonumber(w))
    total = total + tonumber(w)
  end
  local blocks = {}
  for _, b in ipairs(div.content) do
    if b.t == "Table" and #weights == #b.colspecs and total > 0 then
      for i, cs in ipairs(b.colspecs) do
        b.colspecs[i] = { cs[1], weights[i] / total }
      end
    end
    table.insert(blocks, b)
  end
  return blocks
end

local function is_cell_wrapper(el)
  for _, class in ipairs(el.classes) do
    if class == "cell" or class:match("^cell%-output") then
      return true
    end
  end
  return false
end

local function boxed(el)
  local box = nil
  if el.classes:includes("ask") then
    box = "#block(fill: rgb(\"#eef4fa\"), stroke: (left: 3pt + rgb(\"#1f4e79\")), inset: (x: 12pt, y: 10pt), width: 100%, breakable: false)["
  elseif el.classes:includes("notice") then
    box = "#block(fill: rgb(\"#fff6e0\"), stroke: (left: 3pt + rgb(\"#e49b0f\")), inset: (x: 12pt, y: 8pt), width: 100%, breakable: false)["
  end
  if box == nil then
    return nil
  end
  local blocks = { pandoc.RawBlock("typst", box) }
  for _, b in ipairs(el.content) do
    table.insert(blocks, b)
  end
  table.insert(blocks, pandoc.RawBlock("typst", "]"))
  return blocks
end

function Div(el)
  if el.classes:includes("sif-table") then
    return set_widths(el)
  end
  if is_cell_wrapper(el) then
    return el.content
  end
  if el.classes:includes("pagebreak") then
    if is_typst() then
      return pandoc.RawBlock("typst", "#pagebreak(weak: true)")
    end
    return el
  end
  if el.classes:includes("screen-only") and is_typst() then
    return {}
  end
  if is_typst() then
    return boxed(el) or el
  end
  return el
end

-- Tables are visited before the div around them, so a sif-table's widths win.
function Table(tbl)
  return content_widths(tbl)
end

function Image(img)
  if img.attributes.width == nil then
    img.attributes.width = "100%"
  end
  return img
end

-- ---------------------------------------------------------------- charts and wide tables
-- The image a block holds when it holds nothing but one chart (a paragraph with one image, a
-- figure, or a div around one of those), else nil.
local function chart_image(block)
  if block == nil then
    return nil
  end
  if block.t == "Para" or block.t == "Plain" then
    local found = nil
    for _, inline in ipairs(block.content) do
      if inline.t == "Image" and found == nil then
        found = inline
      elseif inline.t ~= "Space" and inline.t ~= "SoftBreak" then
        return nil
      end
    end
    return found
  end
  if block.t == "Figure" then
    return block
  end
  if block.t == "Div" then
    -- one chart, perhaps between raw blocks (Quarto's HTML wraps a figure in <figure> tags)
    local found = nil
    for _, b in ipairs(block.content) do
      if b.t ~= "RawBlock" then
        if found ~= nil then
          return nil
        end
        found = chart_image(b)
        if found == nil then
          return nil
        end
      end
    end
    return found
  end
  return nil
end

local function is_chart_note(block)
  return block ~= nil and block.t == "Div" and block.classes:includes("chart-note")
end

local function chart_group(wide, narrow, note)
  if is_typst() then
    return {
      pandoc.RawBlock("typst", "#block(breakable: false, width: 100%)["),
      wide,
      note,
      pandoc.RawBlock("typst", "]"),
    }
  end
  local parts = { pandoc.Div({ wide }, pandoc.Attr("", { "chart-wide" })) }
  if narrow ~= nil then
    table.insert(parts, pandoc.Div({ narrow }, pandoc.Attr("", { "chart-narrow" })))
  end
  table.insert(parts, note)
  local classes = { "chart" }
  if narrow == nil then
    table.insert(classes, "chart-one")
  end
  return { pandoc.Div(parts, pandoc.Attr("", classes)) }
end

-- A chart's image(s) and the note after them, as one group (the cell wrappers are gone by now).
local function group_charts(blocks)
  local out = {}
  local i = 1
  while i <= #blocks do
    local block = blocks[i]
    local grouped = false
    if chart_image(block) ~= nil then
      local j = i + 1
      local narrow = nil
      if chart_image(blocks[j]) ~= nil and is_chart_note(blocks[j + 1]) then
        narrow = blocks[j]
        j = j + 1
      end
      if is_chart_note(blocks[j]) then
        for _, b in ipairs(chart_group(block, narrow, blocks[j])) do
          table.insert(out, b)
        end
        i = j + 1
        grouped = true
      end
    end
    if not grouped then
      table.insert(out, block)
      i = i + 1
    end
  end
  return out
end

function Pandoc(doc)
  doc.blocks = group_charts(doc.blocks)
  if not is_typst() then
    doc = doc:walk({
      Table = function(tbl)
        return pandoc.Div({ tbl }, pandoc.Attr("", { "table-scroll" }))
      end,
    })
  end
  return doc
end
