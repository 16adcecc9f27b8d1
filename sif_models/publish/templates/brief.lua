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
-- With Quarto it also removes the wrappers Quarto puts around a notebook's cells and outputs
-- (`.cell`, `.cell-output...`), so both renderers write the same document: in Typst they would
-- become `#block[...]`, inside which a page break is not allowed.

local function is_typst()
  return FORMAT:match("typst") ~= nil
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
