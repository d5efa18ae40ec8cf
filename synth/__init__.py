"""Synthetic LKjIP reports: a plan, contradiction injectors, a printer, renderers — with their truth."""
