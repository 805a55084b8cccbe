"""What ships with caseapp besides code: translations, letter texts, the letters' font.

The sources live at the top of the repository in ``resources/``; packaging installs them as the
package ``caseapp.resources`` (see pyproject.toml), so code finds them with
``importlib.resources.files("caseapp.resources")`` or `caseapp.resource_path`.
"""
