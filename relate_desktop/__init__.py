"""Relate: the shop's memory of its customers, at the counter, on the phone and in the office."""

__version__ = "0.1.0"
