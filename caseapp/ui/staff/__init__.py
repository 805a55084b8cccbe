"""The Staff page (administrators): accounts, their roles, offices, keys and passwords, and the
organisation's offices."""
