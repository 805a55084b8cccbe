"""Use cases for the user interface and the command line. Permission checks and audit entries
live here, once."""
