"""Printable reports as HTML plus chart images; printing/PDF happens in the Qt layer."""
