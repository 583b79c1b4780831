"""Writers for the parts behind a native Word chart: the DrawingML chart XML and its workbook.

`lkjip.render.charts` is the public entry point; these modules only turn an already validated
`ChartSpec` into bytes.
"""
