"""Frozen evaluation set: fictional municipal letters with gold annotations (see README.md)."""
