"""lkjip — kompilator Laporan Kinerja Instansi Pemerintah (LKjIP) dari YAML dan Markdown ke Word."""

__version__ = "0.1.0"
