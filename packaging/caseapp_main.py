"""The frozen program's entry point (PyInstaller runs this file as __main__)."""

from caseapp.cli import main

raise SystemExit(main())
