"""Python generated from ui/*.ui by pyside6-uic (make forms); do not edit by hand."""
