"""Screens of the letters that go beyond issuing one: an issued letter opened again."""
