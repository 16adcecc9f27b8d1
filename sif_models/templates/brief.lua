-- The brief's pandoc filter, used by the embedded renderer and by Quarto (_quarto.yml).
-- It only styles what the notebook emits; it never turns text into markup.
--   ::: {.pagebreak} :::  -> a page break in the PDF (CSS handles print for HTML)
--   ::: {.ask} ... :::    -> the boxed "what the council is asked" in the PDF (CSS for HTML)
--   images without a width -> full text width

local function is_typst()
  return FORMAT:match("typst") ~= nil
end

function Div(el)
  if el.classes:includes("pagebreak") then
    if is_typst() then
      return pandoc.RawBlock("typst", "#pagebreak(weak: true)")
    end
    return el
  end
  if el.classes:includes("ask") and is_typst() then
    local blocks = {
      pandoc.RawBlock("typst", "#block(fill: rgb(\"#eef4fa\"), stroke: (left: 3pt + rgb(\"#1f4e79\")), inset: (x: 12pt, y: 10pt), width: 100%, breakable: false)[")
    }
    for _, b in ipairs(el.content) do
      table.insert(blocks, b)
    end
    table.insert(blocks, pandoc.RawBlock("typst", "]"))
    return blocks
  end
  return el
end

function Image(img)
  if img.attributes.width == nil then
    img.attributes.width = "100%"
  end
  return img
end
