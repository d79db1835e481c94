"""The Qt user interface: windows, panels and item models. Talks to services, never SQL."""
