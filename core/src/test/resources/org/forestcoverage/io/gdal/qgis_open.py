"""Opens a raster with QGIS (headless) as a user's 'Add layer' does and prints what QGIS shows.

Usage: python3 qgis_open.py RASTER
Prints: valid, the renderer type, one line per class (value, label, colour) and the NoData value.
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsRasterLayer  # noqa: E402

app = QgsApplication([], False)
app.initQgis()
layer = QgsRasterLayer(sys.argv[1], "map")
print("valid", layer.isValid())
renderer = layer.renderer()
print("renderer", renderer.type())
if renderer.type() == "paletted":
    for c in renderer.classes():
        print("class %d %s %s" % (int(c.value), c.label, c.color.name()))
provider = layer.dataProvider()
print("nodata", provider.sourceHasNoDataValue(1), provider.sourceNoDataValue(1))
sys.stdout.flush()
# QGIS 3.22's exitQgis() crashes standalone scripts on the way out; everything is said by now
os._exit(0)
