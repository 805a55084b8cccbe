"""PySide6 user interface: windows, dialogs and Qt models. Calls services only."""
