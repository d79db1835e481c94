"""The shop's vocabulary and rules: plain Python, no Qt, no SQLAlchemy."""
