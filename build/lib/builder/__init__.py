"""Zhaiyao (摘要): turn a folder of raw Chinese news articles into a static digest site."""

__version__ = "0.1.0"
