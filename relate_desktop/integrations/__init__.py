"""Talking to the world outside the shop's database: phones, exchanges, scanners, file formats."""
