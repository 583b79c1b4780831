"""The report, part by part: front matter, Bab I–IV and the lampiran (see render/document.py)."""
