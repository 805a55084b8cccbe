"""The case window's parts that have moved out of the flat ``ui`` folder."""
