"""ehcp-audit: audit Education, Health and Care plans against inspection criteria, with evidence."""

__version__ = "0.1.0"
