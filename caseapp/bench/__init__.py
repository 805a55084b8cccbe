"""Benchmark at N cases beside plain SQLite doing the same work (``python -m caseapp.bench``)."""
